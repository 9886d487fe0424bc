"""The eval suite: cases in evals/ run through the real writers, scored by the same checks as every
draft, optionally by an LLM judge, and compared side by side, with a baseline, or with human labels.

    cases.py      the eval cases and the labelled emails (data in evals/)
    runner.py     cases x variants (model, prompts) -> checked emails, concurrently
    results.py    what a run produced, and its pass rates
    judge.py      the optional LLM judge, cached on disk
    baseline.py   what got better or worse since a saved run
    calibrate.py  how often each check agrees with the human labels
    table.py      the terminal tables
    report.py     the self-contained HTML report
"""
