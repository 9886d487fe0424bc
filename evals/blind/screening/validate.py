import json, collections, sys
CATS = {"age", "pregnancy_family", "health_disability", "religion", "race_ethnicity_nationality", "sex_gender",
        "sexual_orientation_gender_identity", "score", "comparison", "compensation", "character_judgement",
        "personal_data", "model_instruction"}
LANGS = {"en", "fr", "de", "es"}
errors, texts = [], collections.Counter()
cat_n, lang_n, lang_sens = collections.Counter(), collections.Counter(), collections.Counter()
sens = inn = 0
rows = []
for i, line in enumerate(open("sentences.jsonl", encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errors.append(f"line {i}: bad json {e}"); continue
    if set(o) != {"text", "language", "expected", "note"}: errors.append(f"line {i}: keys {sorted(o)}")
    if not isinstance(o.get("text"), str) or not o["text"].strip(): errors.append(f"line {i}: empty text")
    if o.get("language") not in LANGS: errors.append(f"line {i}: language {o.get('language')}")
    exp = o.get("expected")
    if not isinstance(exp, list) or any(c not in CATS for c in exp) or len(set(exp)) != len(exp):
        errors.append(f"line {i}: expected {exp}")
    if not isinstance(o.get("note"), str) or not o["note"].strip(): errors.append(f"line {i}: note")
    texts[o["text"].strip().lower()] += 1
    lang_n[o["language"]] += 1
    if exp: sens += 1; lang_sens[o["language"]] += 1
    else: inn += 1
    for c in exp: cat_n[c] += 1
    rows.append(o)
dups = [t for t, k in texts.items() if k > 1]
errors += [f"duplicate text: {t}" for t in dups]
total = sens + inn
print("total", total, "sensitive", sens, f"({sens/total:.1%})", "innocent", inn, f"({inn/total:.1%})")
print("multi-label rows", sum(len(r["expected"]) > 1 for r in rows))
for l in sorted(lang_n):
    print(f"  {l}: {lang_n[l]} ({lang_n[l]/total:.1%})  sensitive {lang_sens[l]}  innocent {lang_n[l]-lang_sens[l]}")
print("  non-English", total - lang_n["en"], f"({(total-lang_n['en'])/total:.1%})")
print("per category (rows containing it):")
for c in sorted(CATS, key=lambda c: -cat_n[c]):
    per_lang = collections.Counter(r["language"] for r in rows if c in r["expected"])
    print(f"  {c:36s} {cat_n[c]:4d}   " + " ".join(f"{l}={per_lang[l]}" for l in sorted(LANGS)))
missing = [c for c in CATS if cat_n[c] == 0]
if missing: errors.append(f"categories with no rows: {missing}")
print("errors:", len(errors))
for e in errors[:50]: print("  ", e)
sys.exit(1 if errors else 0)
