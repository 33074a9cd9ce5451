"""How far portray's speakers can be trusted, on PolNeAR (measuring only).

  attribution.py EVAL ROOT OUT [--by-rule] [--show]

EVAL is the labelled-data folder (its scripts/ give the gold quotations and
the matching rule of evaluate.py), ROOT a PolNeAR split (text/ and
attributions/), OUT the output folder of `portray batch ROOT/text`.

Prints two tables:
- reliability: the attributed quotations (direct, partial, continuation)
  grouped by their `confidence`, with the share whose speaker is right. A
  quotation is checkable when it matches a gold quotation whose source is
  named (right when the surnames agree) or when it matches no gold speech at
  all (a term, a scare quote or no quotation: wrong). Gold sources that are
  pronouns or roles cannot be checked by name and are left out.
- own words: for each leader of leaders.csv, the checkable quotations given
  to them, how many are right, and the same among the confident ones (those
  leaders.csv counts), with the precision of each.
With --by-rule, the reliability of each rule and kind of naming words;
with --show, every wrong quotation given to a leader is printed.
"""
import csv, os, sys

csv.field_size_limit(1 << 30)

# A gold source opening with one of these is a role ("The Indiana governor",
# "his campaign manager"): it names no one that a surname could check.
ROLE_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "one", "another"}


# The confidence from which leaders.csv counts a quotation as the leader's
# own words (attrib.ConfidentAt).
CONFIDENT = 0.75

PRONOUNS = {"he", "she", "they", "him", "her", "his", "it", "we", "i"}


def mention_kind(words):
    """How the text named the speaker: name, pronoun, role or none."""
    w = words.split()
    if not w:
        return "none"
    if w[0].lower() in PRONOUNS:
        return "pronoun"
    if w[0].lower() in ROLE_OPENERS or w[0].islower():
        return "role"
    return "name"


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    evaldir, root, out = argv[1], argv[2], argv[3]
    show = "--show" in argv
    sys.path.insert(0, os.path.join(evaldir, "scripts"))
    import evaluate
    import polnear_gold

    gold = dict(polnear_gold.corpus(root))
    with open(os.path.join(out, "quotes.csv"), encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f)
                if r["kind"] in ("direct", "partial", "continuation") and r["speaker"].strip()]
    leaders = []
    with open(os.path.join(out, "leaders.csv"), encoding="utf-8-sig", newline="") as f:
        leaders = [r["leader"] for r in csv.DictReader(f)]

    by_article = {}
    for r in rows:
        by_article.setdefault(os.path.basename(r["article"]), []).append(r)
    checked = []  # (row, right, gold source)
    for name, preds in sorted(by_article.items()):
        g = gold.get(name)
        if g is None:
            continue
        speech = [(q, s) for _, _, q, s in g if s]
        pairs = dict((pi, gi) for gi, pi in evaluate.match([q for q, _ in speech], [r["quote"] for r in preds]))
        for pi, r in enumerate(preds):
            gi = pairs.get(pi)
            if gi is None:
                checked.append((r, False, ""))
                continue
            src = speech[gi][1]
            if not evaluate.is_named(src) or src.split()[0].lower() in ROLE_OPENERS:
                continue
            sn = evaluate.surname(r["speaker"])
            right = bool(sn) and f" {sn} " in " " + " ".join(evaluate.toks(src)) + " "
            checked.append((r, right, src))

    print("reliability of confidence (checkable attributed quotations)")
    print(f"{'confidence':<12}{'n':>6}{'right':>7}{'share':>8}")
    bins = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6), (0.4, 0.5), (0.3, 0.4), (0.0, 0.3)]
    for lo, hi in bins:
        sel = [ok for r, ok, _ in checked if lo <= float(r["confidence"] or 0) < hi]
        if sel:
            print(f"{lo:.1f}-{min(hi, 1.0):.1f}{'':<5}{len(sel):>6}{sum(sel):>7}{sum(sel) / len(sel):>8.3f}")
    allok = [ok for _, ok, _ in checked]
    print(f"{'all':<12}{len(allok):>6}{sum(allok):>7}{sum(allok) / max(1, len(allok)):>8.3f}")

    if "--by-rule" in argv:
        print()
        print("by rule and the words that named the speaker")
        groups = {}
        for r, ok, _ in checked:
            groups.setdefault((r["attribution"], mention_kind(r["speaker_mention"]), r["confidence"]), []).append(ok)
        for (rule, kind, conf), oks in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"{rule:<18}{kind:<9}{conf:<6}{len(oks):>6}{sum(oks):>7}{sum(oks) / len(oks):>8.3f}")

    print()
    print("own words of the leaders (checkable quotations)")
    print(f"{'leader':<24}{'n':>5}{'right':>7}{'prec':>7}")
    tn = tr = 0
    for lead in leaders:
        sel = [(r, ok, src) for r, ok, src in checked if r["speaker"] == lead]
        n, k = len(sel), sum(ok for _, ok, _ in sel)
        tn, tr = tn + n, tr + k
        print(f"{lead:<24}{n:>5}{k:>7}{k / max(1, n):>7.3f}")
        if show:
            for r, ok, src in sel:
                if not ok:
                    print(f"    x {r['article'][:38]} p{r['paragraph']} {r['attribution']} {r['confidence']} "
                          f"[{r['speaker_mention']}] gold={src[:30]!r} {r['quote'][:70]!r}")
    print(f"{'all leaders':<24}{tn:>5}{tr:>7}{tr / max(1, tn):>7.3f}")
    for cut in (0.7, 0.75, 0.8, 0.85, 0.9):
        sel = [ok for r, ok, _ in checked if r["speaker"] in leaders and float(r["confidence"] or 0) >= cut]
        print(f"  confidence >= {cut:.2f}: {len(sel)} checkable, precision {sum(sel) / max(1, len(sel)):.3f}")
    print(f"own_words_precision_all {tr / max(1, tn):.3f}")
    sel = [ok for r, ok, _ in checked if r["speaker"] in leaders and float(r["confidence"] or 0) >= CONFIDENT]
    print(f"own_words_precision {sum(sel) / max(1, len(sel)):.3f} (confidence >= {CONFIDENT}, as leaders.csv counts them)")


if __name__ == "__main__":
    main(sys.argv)
