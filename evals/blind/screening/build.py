"""Build sentences.jsonl from the src_*.txt files (format: CODES|text|note, '-' = innocent)."""
import glob, json, sys
CODES = {"A": "age", "P": "pregnancy_family", "H": "health_disability", "R": "religion",
         "N": "race_ethnicity_nationality", "G": "sex_gender", "O": "sexual_orientation_gender_identity",
         "S": "score", "C": "comparison", "M": "compensation", "J": "character_judgement",
         "D": "personal_data", "I": "model_instruction"}
rows = []
for path in sorted(glob.glob("src_*.txt")):
    lang = None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("## "):
            lang = line[3:].strip(); continue
        codes, rest = line.split("|", 1)
        text, note = rest.rsplit("|", 1)
        exp = [] if codes == "-" else [CODES[c] for c in codes]
        if len(set(exp)) != len(exp):
            sys.exit(f"{path}:{n} dup code")
        rows.append({"text": text.strip(), "language": lang, "expected": exp, "note": note.strip()})
with open("sentences.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
