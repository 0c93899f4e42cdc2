from enum import StrEnum


class ObtainTaskInformationId(StrEnum):
    BACKUPSNAPSHOTGAUSSDBV5ININSTANCE = "BackupSnapshotGaussDBV5InInstance"
    CLONEGAUSSDBV5NEWINSTANCE = "CloneGaussDBV5NewInstance"
    CREATEGAUSSDBV5INSTANCE = "CreateGaussDBV5Instance"
    DELETEGAUSSDBV5INSTANCE = "DeleteGaussDBV5Instance"
    ENLARGEGAUSSDBV5VOLUME = "EnlargeGaussDBV5Volume"
    RESIZEGAUSSDBV5FLAVOR = "ResizeGaussDBV5Flavor"
    RESTOREGAUSSDBV5ININSTANCE = "RestoreGaussDBV5InInstance"

    def __str__(self) -> str:
        return str(self.value)
