"""The batch engine's file side: reading correction files, mapping their columns, planning each row offline.

No Qt and no network here: the dry run and the paced apply build on `plan.RowPlan` and add the server reads.
"""
