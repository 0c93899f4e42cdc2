"""Example code blocks: what each holds, and its JSON loaded (repaired where the document has a defect).

No code block in the API reference declares its language, so the content decides. `sniff.sniff_block` takes the
text of one block (docutils ``literal_block.astext()``) and returns a `block.SniffedBlock`. The data each
module handles:

* `block`     the result of sniffing one block (`SniffedBlock`, `REPAIR_CODES`) and line numbers within it
* `envelope`  the lines of an HTTP envelope in front of a body: request, status and header lines, or prose
* `tokens`    the token stream of a JSON-like body (a string is one token, so repairs never change its text)
* `json_body` a JSON body loaded: strictly first, then repaired on its tokens; values no spec can hold refused
* `curl`      a curl command: its shell words, method, URL and data payload
* `sniff`     the entry point: which of the above one block holds
"""
