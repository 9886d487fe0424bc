"""The eval data, installed with followup as `followup.evaldata`: `cases/` and `labelled/`."""
