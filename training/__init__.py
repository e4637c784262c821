"""Training: the data pipeline (``training.data``) and the QDoRA curriculum trainer."""
