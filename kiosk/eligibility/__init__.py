"""政策找人: eligibility rules as data (resources/eligibility/rules.json, docs/eligibility.md).

`schema` checks a rule file, `evaluate` applies it to a resident's answers (three-valued: a skipped
question makes a rule "may match", never "no"), `results` joins the matches with the kiosk's content.
Answers are plain in-memory values: nothing here writes them anywhere.
"""
