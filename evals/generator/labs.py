"""Lab report rendering and an independent implementation of CODING.md's lab-value rules.

Every lab document in generate_synthetic.py states its expected codes by hand; the rules here
recompute them from the printed values, flags and ranges, and the generator refuses to write a
dataset when the two disagree. Nothing here looks at the engine.
"""

import re

# analyte key -> (low code, high code) from CODING.md's table; None where the table has no code.
CODES = {
    "hgb": ("D64.9", None),
    "wbc": ("D72.819", "D72.829"),
    "plt": ("D69.6", "D75.839"),
    "na": ("E87.1", "E87.0"),
    "k": ("E87.6", "E87.5"),
    "glu": ("E16.2", "R73.9"),
    "cr": (None, "R94.4"),
    "ca": ("E83.51", "E83.52"),
    "alt": (None, "R74.01"),
    "ast": (None, "R74.01"),
    "tsh": ("R94.6", "R94.6"),
}

# Adult reference ranges used only when a report prints none (conventional US units).
DEFAULT_RANGES = {
    "hgb": (12.0, 17.5), "wbc": (4.0, 11.0), "plt": (150, 400), "na": (135, 145), "k": (3.5, 5.1),
    "glu": (70, 99), "cr": (0.6, 1.3), "ca": (8.5, 10.5), "alt": (7, 40), "ast": (10, 40),
    "tsh": (0.45, 4.5), "chol": (None, 199), "ldl": (None, 99), "tg": (None, 149), "hdl": (40, None),
    "a1c": (4.0, 5.6),
}

HIGH_FLAGS = {"H", "HIGH", "HH", "(H)", "H*", "CRITICAL HIGH", "CRIT H", "HI"}
LOW_FLAGS = {"L", "LOW", "LL", "(L)", "L*", "CRITICAL LOW", "CRIT L", "LO"}
UNDIRECTED_FLAGS = {"*", "A", "ABNORMAL", "ABN"}


class Row:
    """One printed result: analyte key (None for analytes CODING.md does not code), name as printed,
    value as printed, unit, reference range as printed ('' for none), flag as printed ('' for none)."""

    def __init__(self, key, name, value, unit="", ref="", flag="", prior=""):
        self.key, self.name, self.value, self.unit, self.ref, self.flag, self.prior = key, name, value, unit, ref, flag, prior


def parse_range(ref):
    text = ref.replace("\u2264", "<").replace("\u2265", ">").replace(" ", "")
    m = re.fullmatch(r"(-?[\d.]+)[-\u2013](-?[\d.]+)", text)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.fullmatch(r"<=?([\d.]+)", text)
    if m:
        return None, float(m.group(1))
    m = re.fullmatch(r">=?([\d.]+)", text)
    if m:
        return float(m.group(1)), None
    m = re.fullmatch(r"(?:Desirable|Optimal|Normal):?<=?([\d.]+)", text, re.I)
    if m:
        return None, float(m.group(1))
    raise ValueError(f"unparsed range {ref!r}")


def direction(row):
    """'low', 'high' or None (normal), as CODING.md decides: the flag, else the printed range, else the default range."""
    flag = row.flag.strip().upper()
    if flag in HIGH_FLAGS:
        return "high"
    if flag in LOW_FLAGS:
        return "low"
    value = float(row.value.lstrip("<>"))
    low, high = parse_range(row.ref) if row.ref else DEFAULT_RANGES.get(row.key, (None, None))
    if low is not None and value < low:
        return "low"
    if high is not None and value > high:
        return "high"
    if flag and flag not in UNDIRECTED_FLAGS:
        raise ValueError(f"unknown flag {row.flag!r}")
    return None


def lab_codes(rows, diabetes_documented=False, documented=()):
    """The codes CODING.md gives these results; `documented` lists diagnoses the report states, which
    supersede the lab-value code of the same abnormality (D50.9 supersedes D64.9; E11.x supersedes R73.x)."""
    codes = []
    dirs = {}
    for row in rows:
        if row.key is None:
            continue
        d = direction(row)
        dirs.setdefault(row.key, d)
        if d is None:
            continue
        if row.key in CODES:
            code = CODES[row.key][0 if d == "low" else 1]
            if code:
                codes.append(code)
        if row.key == "a1c" and d == "high":
            value = float(row.value)
            if diabetes_documented:
                pass
            elif value >= 6.5:
                codes.append("R73.09")
            elif value >= 5.7:
                codes.append("R73.03")
    chol_high = dirs.get("chol") == "high" or dirs.get("ldl") == "high"
    tg_high = dirs.get("tg") == "high"
    if chol_high and tg_high:
        codes.append("E78.2")
    elif chol_high:
        codes.append("E78.00")
    elif tg_high:
        codes.append("E78.1")
    if "D50.9" in documented:
        codes = [c for c in codes if c != "D64.9"]
    if diabetes_documented:
        codes = [c for c in codes if not c.startswith("R73")]
    return sorted(set(codes) | set(documented))


# ---- renderers: the same results as different vendors print them ----

def table(rows, prior_header=None):
    width = max(22, max(len(r.name) for r in rows) + 2)
    head = f"{'TEST':<{width}}{'RESULT':<10}{'FLAG':<7}{'UNITS':<12}REFERENCE RANGE"
    if prior_header:
        head = f"{'TEST':<{width}}{'RESULT':<10}{'FLAG':<7}{prior_header:<15}{'UNITS':<12}REFERENCE RANGE"
    lines = [head]
    for r in rows:
        if prior_header:
            lines.append(f"{r.name:<{width}}{r.value:<10}{r.flag:<7}{r.prior:<15}{r.unit:<12}{r.ref}".rstrip())
        else:
            lines.append(f"{r.name:<{width}}{r.value:<10}{r.flag:<7}{r.unit:<12}{r.ref}".rstrip())
    return "\n".join(lines)


def colon(rows):
    out = []
    for r in rows:
        ref = f" ({r.ref})" if r.ref else ""
        flag = f" {r.flag}" if r.flag else ""
        out.append(f"{r.name}: {r.value} {r.unit}{ref}{flag}".replace("  ", " ").rstrip())
    return "\n".join(out)


def pipe(rows):
    lines = ["| Analyte | Value | Flag | Units | Ref. interval |", "|---|---|---|---|---|"]
    lines += [f"| {r.name} | {r.value} | {r.flag} | {r.unit} | {r.ref} |" for r in rows]
    return "\n".join(lines)


def tabbed(rows):
    lines = ["Component\tValue\tUnits\tRange\tFlag"]
    lines += [f"{r.name}\t{r.value}\t{r.unit}\t{r.ref}\t{r.flag}".rstrip("\t") for r in rows]
    return "\n".join(lines)


def dotted(rows):
    out = []
    for r in rows:
        left = f"{r.name} ".ljust(24, ".")
        flag = f" [{r.flag}]" if r.flag else ""
        ref = f"   ref {r.ref}" if r.ref else ""
        out.append(f"{left} {r.value} {r.unit}{flag}{ref}".rstrip())
    return "\n".join(out)


RENDERERS = {"table": table, "colon": colon, "pipe": pipe, "tabbed": tabbed, "dotted": dotted}
