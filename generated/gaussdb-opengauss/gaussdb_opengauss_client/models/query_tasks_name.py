from enum import StrEnum


class QueryTasksName(StrEnum):
    BACKUPSNAPSHOTGAUSSDBV5ININSTANCE = "BackupSnapshotGaussDBV5InInstance"
    CLONEGAUSSDBV5NEWINSTANCE = "CloneGaussDBV5NewInstance"
    CREATEGAUSSDBV5INSTANCE = "CreateGaussDBV5Instance"
    DELETEGAUSSDBV5INSTANCE = "DeleteGaussDBV5Instance"
    ENLARGEGAUSSDBV5VOLUME = "EnlargeGaussDBV5Volume"
    GAUSSDBV5EXPANDCLUSTERCN = "GaussDBV5ExpandClusterCN"
    GAUSSDBV5EXPANDCLUSTERDN = "GaussDBV5ExpandClusterDN"
    RESIZEGAUSSDBV5FLAVOR = "ResizeGaussDBV5Flavor"
    RESTOREGAUSSDBV5ININSTANCE = "RestoreGaussDBV5InInstance"
    RESTOREGAUSSDBV5ININSTANCETOEXISTEDINST = "RestoreGaussDBV5InInstanceToExistedInst"

    def __str__(self) -> str:
        return str(self.value)
