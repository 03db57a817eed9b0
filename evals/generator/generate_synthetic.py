#!/usr/bin/env python3
"""Writes evals/datasets/synthetic_v1.json and quick_v1.json.

Every document below was written for this project (no real patient data; names, numbers and
institutions are invented). Expected codes are stated by hand, as a careful coder reading
shared/design/CODING.md would code the text; for lab reports labs.lab_codes() recomputes them from
the printed values and the script stops if the two disagree. Never change an expected answer to
match what the engine says: change the engine, or change the text and its answer together.

Run: python3 evals/generator/generate_synthetic.py   (from the repository root)
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from labs import RENDERERS, Row, lab_codes  # noqa: E402

DOCS = []


def add(doc_id, doc_type, text, expected, notes, acceptable=(), crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    DOCS.append({
        "id": doc_id,
        "document_text": text,
        "expected_type": doc_type,
        "expected_codes": sorted(expected),
        "acceptable_codes": sorted(acceptable),
        "notes": notes,
    })


def lab(doc_id, doc_type, header, rows, style, expected, notes, footer="", crlf=False,
        diabetes_documented=False, documented=(), prior_header=None):
    computed = lab_codes(rows, diabetes_documented, documented)
    if sorted(expected) != computed:
        raise SystemExit(f"{doc_id}: hand-coded {sorted(expected)} but CODING.md rules give {computed}")
    body = RENDERERS[style](rows, prior_header) if prior_header else RENDERERS[style](rows)
    text = header.strip("\n") + "\n\n" + body + ("\n\n" + footer.strip("\n") if footer else "") + "\n"
    add(doc_id, doc_type, text, expected, notes, crlf=crlf)


CBC_TYPE, BMP_TYPE, CMP_TYPE, LIPID_TYPE = "COMPLETE BLOOD COUNT", "BASIC METABOLIC PANEL", "COMPREHENSIVE METABOLIC PANEL", "LIPID PANEL"


def cbc_rows(wbc=("7.2", ""), rbc=("4.70", ""), hgb=("14.1", ""), hct=("42.0", ""), mcv=("89", ""), plt=("250", ""),
             unit_k="x10^3/uL", ranges=None):
    r = ranges or {"wbc": "4.0-11.0", "rbc": "4.20-5.80", "hgb": "13.5-17.5", "hct": "40.0-52.0", "mcv": "80-100", "plt": "150-400"}
    return [
        Row("wbc", "WBC", wbc[0], unit_k, r["wbc"], wbc[1]),
        Row(None, "RBC", rbc[0], "x10^6/uL", r["rbc"], rbc[1]),
        Row("hgb", "Hemoglobin", hgb[0], "g/dL", r["hgb"], hgb[1]),
        Row(None, "Hematocrit", hct[0], "%", r["hct"], hct[1]),
        Row(None, "MCV", mcv[0], "fL", r["mcv"], mcv[1]),
        Row("plt", "Platelets", plt[0], unit_k, r["plt"], plt[1]),
    ]


# ---------------------------------------------------------------- COMPLETE BLOOD COUNT
H_NORTH = "NORTHSIDE REGIONAL LABORATORY\nPatient: DOE, JANE   DOB: 01/01/1970   MRN: 000123\nCollected: 03/14/2025 07:42   Reported: 03/14/2025 09:10\nCOMPLETE BLOOD COUNT (CBC)"
lab("cbc-01", CBC_TYPE, H_NORTH, cbc_rows(), "table", [], "normal CBC, fixed-width table")
lab("cbc-02", CBC_TYPE, "Meridian Clinical Labs - Hematology\nSpecimen: whole blood EDTA\nTest: CBC w/o differential",
    cbc_rows(hgb=("9.2", "L"), hct=("28.1", "L")), "colon", ["D64.9"], "low hemoglobin -> anemia; low hematocrit has no code of its own")
lab("cbc-03", CBC_TYPE, "CBC WITH AUTOMATED DIFFERENTIAL\nOrdering provider: Dr. A. Sample",
    cbc_rows(wbc=("14.8", "H")) + [Row(None, "Neutrophils %", "81", "%", "40-75", "H")], "pipe", ["D72.829"],
    "high WBC; high neutrophil % is not a table code")
lab("cbc-04", CBC_TYPE, "Hematology report - Lakeside Hospital Laboratory\nComplete Blood Count",
    cbc_rows(wbc=("2.9", "Low"), plt=("88", "Low")), "tabbed", ["D69.6", "D72.819"], "low WBC and low platelets, Low/High word flags")
lab("cbc-05", CBC_TYPE, "CBC\nSource: venous blood",
    cbc_rows(plt=("612", "High")), "dotted", ["D75.839"], "thrombocytosis by flag")
lab("cbc-06", CBC_TYPE, "COMPLETE BLOOD COUNT\nPatient: Sample, Pat (synthetic)",
    cbc_rows(wbc=("11.0", ""), hgb=("13.5", ""), plt=("150", "")), "table", [],
    "trap: WBC, hemoglobin and platelets exactly at their range limits are normal")
lab("cbc-07", CBC_TYPE, "St. Elsewhere Medical Center \u2014 Laboratory Services\nHEMOGRAMA / CBC\nCollected 2025-02-03 06:15",
    cbc_rows(hgb=("6.8", "LL"), hct=("21.0", "LL"), unit_k="\u00d710\u00b3/\u00b5L"), "table", ["D64.9"],
    "critical low hemoglobin (LL), CRLF line endings, x10^3/uL written with non-ASCII characters", crlf=True)
lab("cbc-08", CBC_TYPE, "Full Blood Count (FBC)\nReporting laboratory: Harbour Pathology",
    [Row("wbc", "White cell count", "6.1", "x10^9/L", "4.0-11.0"),
     Row("hgb", "Haemoglobin", "92", "g/L", "130-175", "L"),
     Row(None, "Haematocrit", "0.29", "L/L", "0.40-0.52", "L"),
     Row("plt", "Platelet count", "233", "x10^9/L", "150-400")], "colon", ["D64.9"],
    "international units and spelling: haemoglobin 92 g/L low")
lab("cbc-09", CBC_TYPE, "CBC WITH DIFFERENTIAL\nSynthetic Clinic Lab",
    cbc_rows() + [Row(None, "Neutrophils", "78", "%", "40-70", "H"), Row(None, "Lymphocytes", "12", "%", "20-45", "L"),
                  Row(None, "Eosinophils", "6", "%", "0-5", "H")], "table", [],
    "trap: only differential percentages are abnormal; no CODING.md code")
lab("cbc-10", CBC_TYPE, "Hematology - CBC\nClinical info: fatigue",
    cbc_rows(hgb=("10.1", "L"), hct=("31.0", "L"), mcv=("72", "L")) + [Row(None, "RDW", "17.9", "%", "11.5-14.5", "H")], "pipe", ["D64.9"],
    "microcytic indices; only hemoglobin low is coded (anemia unspecified, no type documented)")
lab("cbc-11", CBC_TYPE, "CBC (no reference intervals printed; * = outside laboratory reference interval)",
    [Row("wbc", "WBC", "15.2", "K/uL", "", "*"), Row("hgb", "HGB", "14.0", "g/dL"), Row(None, "HCT", "41.5", "%"),
     Row("plt", "PLT", "275", "K/uL")], "dotted", ["D72.829"], "asterisk flag without a printed range: adult default range applies")
lab("cbc-12", CBC_TYPE, "LABORATORY REPORT - CBC\nPatient ID: SYN-0042",
    cbc_rows(wbc=("3.1", "L"), hgb=("10.9", "L"), hct=("33.0", "L"), plt=("98", "L"), unit_k="10*3/uL"), "pipe", ["D64.9", "D69.6", "D72.819"],
    "three cytopenias each coded; pancytopenia not stated so not coded")
lab("cbc-13", CBC_TYPE, "CBC\nDiagnosis on requisition: Iron deficiency anemia\nTest ordered to monitor response to oral iron.",
    cbc_rows(hgb=("10.4", "L"), hct=("31.5", "L"), mcv=("76", "L")), "colon", ["D50.9"],
    "documented iron deficiency anemia supersedes the lab-value anemia code", documented=("D50.9",))

# ---------------------------------------------------------------- BASIC METABOLIC PANEL


def bmp_rows(na=("140", ""), k=("4.2", ""), cl=("102", ""), co2=("25", ""), bun=("14", ""), cr=("0.9", ""), glu=("92", ""), ca=("9.4", ""),
             ranges=None, units=None):
    r = ranges or {"na": "135-145", "k": "3.5-5.1", "cl": "98-107", "co2": "22-29", "bun": "7-20", "cr": "0.6-1.3", "glu": "70-99", "ca": "8.5-10.5"}
    u = units or {"na": "mmol/L", "k": "mmol/L", "cl": "mmol/L", "co2": "mmol/L", "bun": "mg/dL", "cr": "mg/dL", "glu": "mg/dL", "ca": "mg/dL"}
    return [
        Row("na", "Sodium", na[0], u["na"], r["na"], na[1]),
        Row("k", "Potassium", k[0], u["k"], r["k"], k[1]),
        Row(None, "Chloride", cl[0], u["cl"], r["cl"], cl[1]),
        Row(None, "CO2", co2[0], u["co2"], r["co2"], co2[1]),
        Row(None, "BUN", bun[0], u["bun"], r["bun"], bun[1]),
        Row("cr", "Creatinine", cr[0], u["cr"], r["cr"], cr[1]),
        Row("glu", "Glucose", glu[0], u["glu"], r["glu"], glu[1]),
        Row("ca", "Calcium", ca[0], u["ca"], r["ca"], ca[1]),
    ]


lab("bmp-01", BMP_TYPE, "BASIC METABOLIC PANEL\nNorthside Regional Laboratory\nFasting: yes", bmp_rows(), "table", [], "normal BMP")
lab("bmp-02", BMP_TYPE, "Chemistry - BMP\nCollected 04/02/2025", bmp_rows(na=("131", "L")), "colon", ["E87.1"], "hyponatremia by flag")
lab("bmp-03", BMP_TYPE, "Basic Metabolic Panel (BMP)", bmp_rows(k=("5.9", "H")), "pipe", ["E87.5"], "hyperkalemia")
lab("bmp-04", BMP_TYPE, "BMP - Meridian Clinical Labs", bmp_rows(k=("3.1", "L"), glu=("212", "H")), "tabbed", ["E87.6", "R73.9"],
    "hypokalemia and hyperglycemia")
lab("bmp-05", BMP_TYPE, "RENAL / BASIC METABOLIC PANEL", bmp_rows(bun=("38", "H"), cr=("1.8", "H")), "table", ["R94.4"],
    "high creatinine coded; high BUN has no code of its own")
lab("bmp-06", BMP_TYPE, "BMP\nPatient: SYNTHETIC, ALEX", bmp_rows(na=("135", ""), k=("5.1", ""), glu=("99", ""), ca=("10.5", "")), "colon", [],
    "trap: sodium, potassium, glucose and calcium exactly at range limits are normal")
lab("bmp-07", BMP_TYPE, "St. Elsewhere Medical Center \u2014 Chemistry\nBasic Metabolic Panel", bmp_rows(ca=("11.2", "H")), "table", ["E83.52"],
    "hypercalcemia, CRLF", crlf=True)
lab("bmp-08", BMP_TYPE, "BASIC METABOLIC PANEL (STAT)\nED specimen", bmp_rows(glu=("52", "L")), "dotted", ["E16.2"], "hypoglycemia")
lab("bmp-09", BMP_TYPE, "Chem 8", bmp_rows(na=("149", "H"), cl=("112", "H")), "pipe", ["E87.0"], "hypernatremia; high chloride not coded")
lab("bmp-10", BMP_TYPE, "Renal profile (SI units) - Harbour Pathology\nU&E + glucose + calcium",
    bmp_rows(cr=("168", "H"), glu=("11.4", "H"), ranges={"na": "135-145", "k": "3.5-5.1", "cl": "98-107", "co2": "22-29", "bun": "2.5-7.1",
                                                          "cr": "62-106", "glu": "3.9-5.5", "ca": "2.15-2.55"},
             bun=("5.0", ""), ca=("2.35", ""), units={"na": "mmol/L", "k": "mmol/L", "cl": "mmol/L", "co2": "mmol/L", "bun": "mmol/L",
                                                      "cr": "\u00b5mol/L", "glu": "mmol/L", "ca": "mmol/L"}),
    "colon", ["R73.9", "R94.4"], "SI units with micro sign: creatinine 168 umol/L and glucose 11.4 mmol/L high")
lab("bmp-11", BMP_TYPE, "BASIC METABOLIC PANEL", bmp_rows(cl=("109", "H"), co2=("18", "L")), "table", [],
    "trap: only chloride and bicarbonate abnormal; CODING.md gives them no code")
lab("bmp-12", BMP_TYPE, "BMP - CRITICAL VALUES CALLED TO RN J. SAMPLE AT 05:40", bmp_rows(k=("6.8", "HH"), ca=("7.9", "L")), "tabbed",
    ["E83.51", "E87.5"], "critical high potassium (HH) and low calcium")
lab("bmp-13", BMP_TYPE, "Basic metabolic panel - point of care (reference ranges on file, not printed)",
    [Row("na", "Na", "128", "mEq/L", "", "L"), Row("k", "K", "4.0", "mEq/L"), Row(None, "Cl", "95", "mEq/L", "", "L"), Row(None, "HCO3", "24", "mEq/L"),
     Row(None, "BUN", "11", "mg/dL"), Row("cr", "Cr", "0.8", "mg/dL"), Row("glu", "Glu", "95", "mg/dL"), Row("ca", "Ca", "9.1", "mg/dL")],
    "dotted", ["E87.1"], "abbreviated analyte names, no ranges printed, flag L on sodium")

# ---------------------------------------------------------------- COMPREHENSIVE METABOLIC PANEL


def cmp_rows(alt=("28", ""), ast=("24", ""), alp=("82", ""), tbili=("0.7", ""), alb=("4.2", ""), tp=("7.0", ""), names=None, **bmp):
    n = names or {"alt": "ALT", "ast": "AST", "alp": "Alkaline Phosphatase", "tbili": "Total Bilirubin", "alb": "Albumin", "tp": "Total Protein"}
    return bmp_rows(**bmp) + [
        Row(None, n["tp"], tp[0], "g/dL", "6.0-8.3", tp[1]),
        Row(None, n["alb"], alb[0], "g/dL", "3.5-5.0", alb[1]),
        Row(None, n["alp"], alp[0], "U/L", "40-129", alp[1]),
        Row("alt", n["alt"], alt[0], "U/L", "7-40", alt[1]),
        Row("ast", n["ast"], ast[0], "U/L", "10-40", ast[1]),
        Row(None, n["tbili"], tbili[0], "mg/dL", "0.1-1.2", tbili[1]),
    ]


lab("cmp-01", CMP_TYPE, "COMPREHENSIVE METABOLIC PANEL\nNorthside Regional Laboratory", cmp_rows(), "table", [], "normal CMP")
lab("cmp-02", CMP_TYPE, "CMP - Meridian Clinical Labs", cmp_rows(alt=("88", "H"), ast=("72", "H")), "colon", ["R74.01"],
    "ALT and AST both high: one transaminase code")
lab("cmp-03", CMP_TYPE, "Comprehensive Metabolic Panel (CMP-14)", cmp_rows(ast=("55", "H"), glu=("148", "H")), "pipe", ["R73.9", "R74.01"],
    "AST high alone still codes R74.01; hyperglycemia")
lab("cmp-04", CMP_TYPE, "COMPREHENSIVE METABOLIC PANEL", cmp_rows(alp=("212", "H"), tbili=("2.4", "H")), "tabbed", [],
    "trap: alkaline phosphatase and bilirubin high; CODING.md gives them no code")
lab("cmp-05", CMP_TYPE, "CMP\nInpatient, day 3", cmp_rows(alb=("2.8", "L"), na=("130", "L"), tp=("5.6", "L")), "dotted", ["E87.1"],
    "low albumin and protein not coded; hyponatremia coded")
lab("cmp-06", CMP_TYPE, "Comprehensive metabolic panel", cmp_rows(alt=("40", ""), ast=("10", ""), k=("3.5", ""), cr=("1.3", "")), "table", [],
    "trap: ALT, AST, potassium and creatinine exactly at range limits are normal")
lab("cmp-07", CMP_TYPE, "St. Elsewhere Medical Center \u2014 Chemistry\nCOMPREHENSIVE METABOLIC PANEL",
    cmp_rows(cr=("2.4", "H"), k=("5.6", "H"), bun=("41", "H")), "table", ["E87.5", "R94.4"], "renal impairment pattern, CRLF", crlf=True)
lab("cmp-08", CMP_TYPE, "CMP (legacy analyte names)",
    cmp_rows(alt=("120", "H"), names={"alt": "SGPT", "ast": "SGOT", "alp": "Alk Phos", "tbili": "T.Bili", "alb": "Alb", "tp": "T. Protein"}),
    "colon", ["R74.01"], "SGPT/SGOT names; high SGPT")
lab("cmp-09", CMP_TYPE, "Comprehensive Metabolic Panel", cmp_rows(ca=("10.9", "H")), "pipe", ["E83.52"], "hypercalcemia in a CMP")
lab("cmp-10", CMP_TYPE, "CMP - STAT", cmp_rows(glu=("45", "LL")), "dotted", ["E16.2"], "critical low glucose")
lab("cmp-11", CMP_TYPE, "COMPREHENSIVE METABOLIC PANEL\nFasting specimen", cmp_rows(k=("3.0", "L"), alt=("65", "H")), "pipe", ["E87.6", "R74.01"],
    "hypokalemia and high ALT")
lab("cmp-12", CMP_TYPE, "COMPREHENSIVE METABOLIC PANEL - current result with prior result for comparison",
    [Row(r.key, r.name, r.value, r.unit, r.ref, r.flag, prior) for r, prior in zip(
        cmp_rows(), ["131 L", "4.0", "101", "24", "15", "1.9 H", "240 H", "9.0", "6.9", "4.0", "90", "95 H", "30", "0.6"])],
    "table", [], "trap: every current value normal; the prior column shows old abnormal values", prior_header="PRIOR 01/2025")
lab("cmp-13", CMP_TYPE, "Comprehensive Metabolic Panel\nComment: results verified by repeat analysis.", cmp_rows(na=("150", "H")), "tabbed",
    ["E87.0"], "hypernatremia")

# ---------------------------------------------------------------- LIPID PANEL


def lipid_rows(chol=("182", ""), tg=("110", ""), hdl=("52", ""), ldl=("96", ""), ranges=None, unit="mg/dL", extra=()):
    r = ranges or {"chol": "<200", "tg": "<150", "hdl": ">40", "ldl": "<100"}
    return [
        Row("chol", "Total Cholesterol", chol[0], unit, r["chol"], chol[1]),
        Row("tg", "Triglycerides", tg[0], unit, r["tg"], tg[1]),
        Row("hdl", "HDL Cholesterol", hdl[0], unit, r["hdl"], hdl[1]),
        Row("ldl", "LDL Cholesterol (calc)", ldl[0], unit, r["ldl"], ldl[1]),
    ] + list(extra)


lab("lip-01", LIPID_TYPE, "LIPID PANEL\nFasting 12 hours\nNorthside Regional Laboratory", lipid_rows(), "table", [], "normal lipids")
lab("lip-02", LIPID_TYPE, "Lipid Profile", lipid_rows(chol=("245", "H"), ldl=("165", "H")), "colon", ["E78.00"],
    "high cholesterol and LDL with normal triglycerides")
lab("lip-03", LIPID_TYPE, "LIPID PANEL", lipid_rows(tg=("320", "H")), "pipe", ["E78.1"], "high triglycerides only")
lab("lip-04", LIPID_TYPE, "Lipid panel - Meridian Clinical Labs", lipid_rows(chol=("262", "H"), ldl=("171", "H"), tg=("288", "H")), "tabbed",
    ["E78.2"], "mixed hyperlipidemia from labs")
lab("lip-05", LIPID_TYPE, "LIPID PANEL", lipid_rows(hdl=("32", "L")), "table", [], "trap: only HDL low; no CODING.md code")
lab("lip-06", LIPID_TYPE, "Lipid Panel (limits shown as ranges)",
    lipid_rows(chol=("199", ""), tg=("149", ""), hdl=("40", ""), ldl=("99", ""),
               ranges={"chol": "0-199", "tg": "0-149", "hdl": "40-60", "ldl": "0-99"}), "dotted", [],
    "trap: every value exactly at its range limit is normal")
lab("lip-07", LIPID_TYPE, "Lipid profile (SI units) - Harbour Pathology",
    lipid_rows(chol=("6.8", "H"), tg=("1.4", ""), hdl=("1.3", ""), ldl=("4.6", "H"), unit="mmol/L",
               ranges={"chol": "<5.2", "tg": "<1.7", "hdl": ">1.0", "ldl": "<3.4"}), "colon", ["E78.00"], "mmol/L units")
lab("lip-08", LIPID_TYPE, "EXTENDED LIPID PANEL",
    lipid_rows(chol=("210", "H"), tg=("225", "H"), ldl=("98", ""), extra=[Row(None, "Non-HDL Cholesterol", "158", "mg/dL", "<130", "H"),
                                                                        Row(None, "VLDL (calc)", "45", "mg/dL", "5-40", "H")]),
    "pipe", ["E78.2"], "high total cholesterol and triglycerides with normal LDL -> mixed; non-HDL and VLDL extras")
lab("lip-09", LIPID_TYPE, "St. Elsewhere Medical Center \u2014 Lipid Panel", lipid_rows(ldl=("142", "H")), "table", ["E78.00"], "LDL high only, CRLF", crlf=True)
lab("lip-10", LIPID_TYPE, "LIPID PANEL (non-fasting)", lipid_rows(tg=("512", "HH")), "dotted", ["E78.1"], "very high triglycerides, HH flag")
lab("lip-11", LIPID_TYPE, "Lipid Panel\nComment: patient reports taking atorvastatin daily.",
    lipid_rows(chol=("205", "H"), tg=("160", "H"), ldl=("120", "H")), "tabbed", ["E78.2"], "all three high")
lab("lip-12", LIPID_TYPE, "Lipid panel with ATP III interpretation",
    lipid_rows(chol=("215", "H"), ldl=("138", "H"), tg=("95", ""), hdl=("55", ""),
               ranges={"chol": "Desirable <200", "tg": "Normal <150", "hdl": ">40", "ldl": "Optimal <100"}), "colon", ["E78.00"],
    "ranges printed as desirable/optimal cut-offs")
lab("lip-13", LIPID_TYPE, "LIPID PANEL - results only (reference values not printed)",
    lipid_rows(chol=("290", ""), tg=("130", ""), hdl=("48", ""), ldl=("195", ""), ranges={"chol": "", "tg": "", "hdl": "", "ldl": ""}), "table",
    ["E78.00"], "no ranges and no flags: engine's adult ranges apply; cholesterol 290 and LDL 195 high")

# ---------------------------------------------------------------- X-RAY
XR = "X-RAY"
add("xr-01", XR, "EXAMINATION: CHEST 2 VIEWS PA AND LATERAL\nINDICATION: Cough.\nCOMPARISON: None.\nFINDINGS: The lungs are clear. No pleural effusion or pneumothorax. Heart size is normal. Mediastinal contours are unremarkable.\nIMPRESSION: No acute cardiopulmonary disease.\n",
    [], "normal chest radiograph; effusion and pneumothorax negated in a list")
add("xr-02", XR, "EXAM: Chest radiograph, PA and lateral\nCLINICAL HISTORY: Shortness of breath.\nFINDINGS: The cardiac silhouette is enlarged. Small left pleural effusion. No pneumothorax.\nIMPRESSION:\n1. Cardiomegaly.\n2. Small left pleural effusion.\n",
    ["I51.7", "J90"], "cardiomegaly and effusion present")
add("xr-03", XR, "CHEST, 2 VIEWS\nINDICATION: Fever, rule out pneumonia.\nFINDINGS: No focal consolidation, pleural effusion, or pneumothorax. Cardiomediastinal silhouette within normal limits.\nIMPRESSION: No radiographic evidence of pneumonia.\n",
    [], "trap: pneumonia in 'rule out' indication and negated impression")
add("xr-04", XR, "PA AND LATERAL VIEWS OF THE CHEST\nHISTORY: Productive cough and fever for 4 days.\nFINDINGS: Dense airspace consolidation in the right lower lobe. No pleural effusion.\nIMPRESSION: Right lower lobe pneumonia.\n",
    ["J18.9"], "never says x-ray; right lower lobe pneumonia is J18.9 (not 'lobar')")
add("xr-05", XR, "EXAMINATION: XR CHEST 1V\nINDICATION: Follow-up.\nFINDINGS: The lungs are hyperinflated with flattened hemidiaphragms, consistent with emphysema. There is an 8 mm nodule in the right upper lobe, unchanged. No effusion.\nIMPRESSION:\n1. Emphysema.\n2. Stable solitary right upper lobe pulmonary nodule. Recommend CT chest for further characterization.\n",
    ["J43.9", "R91.1"], "CT named only in a recommendation; single nodule")
add("xr-06", XR, "LEFT WRIST, 2 VIEWS\nHISTORY: Fall on outstretched hand.\nFINDINGS: No acute fracture or dislocation. Joint spaces are preserved. Soft tissues unremarkable.\nIMPRESSION: No acute osseous abnormality.\n",
    [], "skeletal radiograph, '2 views of the left wrist', normal")
add("xr-07", XR, "PORTABLE AP CHEST 0514 HOURS\nINDICATION: Post-operative day 1, hypoxia.\nFINDINGS: Low lung volumes with bibasilar atelectasis. No pneumothorax. Endotracheal tube has been removed.\nIMPRESSION: Bibasilar atelectasis.\n",
    ["J98.11"], "portable AP chest; atelectasis")
add("xr-08", XR, "CHEST PA/LAT\nCOMPARISON: 01/10/2025.\nFINDINGS: No change in the small right pleural effusion. Moderate hiatal hernia. Lungs otherwise clear.\nIMPRESSION: Stable small right pleural effusion. Hiatal hernia.\n",
    ["J90", "K44.9"], "'no change in the small effusion' states an effusion (pseudo-negation)")
add("xr-09", XR, "EXAMINATION: CHEST TWO VIEWS\nINDICATION: Annual exam, smoker.\nFINDINGS: Lungs are clear. Heart size normal. Degenerative changes of the thoracic spine. Atherosclerotic calcification of the aortic arch.\nIMPRESSION:\n1. No acute cardiopulmonary process.\n2. Thoracic spondylosis.\n3. Aortic atherosclerosis.\n",
    ["I70.0", "M47.814"], "degenerative thoracic spine and aortic atherosclerosis")
add("xr-10", XR, "CHEST 2V FRONTAL/LATERAL\nINDICATION: Cough.\nFINDINGS: Subtle opacity at the left base; cannot exclude early pneumonia. Possible small left pleural effusion. No pneumothorax.\nIMPRESSION: Left basilar opacity, atelectasis versus early pneumonia. Follow-up radiograph recommended.\n",
    [], "trap: only possible/uncertain diagnoses ('cannot exclude', 'possible', 'versus'); the definite opacity could be coded as a sign", acceptable=("R91.8",))
add("xr-11", XR, "EXAM: CHEST 1 VIEW (UPRIGHT)\nINDICATION: Sudden chest pain.\nFINDINGS: Small right apical pneumothorax measuring 1.5 cm. No mediastinal shift.\nIMPRESSION: Small right pneumothorax.\n",
    ["J93.9"], "pneumothorax, CRLF", crlf=True)
add("xr-12", XR, "AP CHEST\nHISTORY: Dyspnea, leg swelling.\nFINDINGS: Cardiomegaly. Diffuse interstitial and perihilar airspace opacities with vascular congestion, consistent with pulmonary edema. Trace bilateral effusions are not excluded.\nIMPRESSION: Cardiomegaly with mild pulmonary edema.\n",
    ["I51.7", "J81.1"], "pulmonary edema not stated acute -> J81.1; effusions only 'not excluded'")
add("xr-13", XR, "LUMBAR SPINE, 3 VIEWS\nHISTORY: History of COPD, low back pain.\nFINDINGS: Mild dextroconvex scoliosis of the lumbar spine. Vertebral body heights are maintained. No fracture.\nIMPRESSION: Mild scoliosis. No acute osseous abnormality.\n",
    ["M41.9"], "scoliosis; COPD only in history is not coded")

# ---------------------------------------------------------------- CT
add("ct-01", "CT", "CT CHEST WITH CONTRAST\nINDICATION: Weight loss.\nTECHNIQUE: Axial images from the thoracic inlet through the adrenal glands after IV contrast.\nFINDINGS: Multiple bilateral pulmonary nodules, the largest 6 mm in the left lower lobe. Small hiatal hernia. No lymphadenopathy.\nIMPRESSION: Multiple bilateral pulmonary nodules. Small hiatal hernia.\n",
    ["K44.9", "R91.8"], "several nodules -> R91.8")
add("ct-02", "CT", "CT ABDOMEN AND PELVIS WITH IV CONTRAST\nCLINICAL HISTORY: Right upper quadrant pain.\nFINDINGS: Multiple gallstones within a nondistended gallbladder without wall thickening or pericholecystic fluid. Liver, pancreas, spleen and kidneys are unremarkable. No free air.\nIMPRESSION: Cholelithiasis without evidence of acute cholecystitis.\n",
    ["K80.20"], "cholelithiasis without cholecystitis or obstruction")
add("ct-03", "CT", "CT HEAD WITHOUT CONTRAST\nINDICATION: Headache. Rule out intracranial hemorrhage.\nFINDINGS: No acute intracranial hemorrhage, mass effect, or midline shift. Ventricles are normal in size. No acute infarct.\nIMPRESSION: No acute intracranial abnormality.\n",
    [], "normal head CT; rule-out indication")
add("ct-04", "CT", "CTA CHEST (PULMONARY EMBOLISM PROTOCOL)\nINDICATION: Tachycardia, rule out PE.\nFINDINGS: No pulmonary embolism. Small bilateral pleural effusions with adjacent compressive atelectasis. Heart size normal.\nIMPRESSION:\n1. No pulmonary embolism.\n2. Small bilateral pleural effusions with bibasilar atelectasis.\n",
    ["J90", "J98.11"], "PE negated; effusions and atelectasis present")
add("ct-05", "CT", "EXAMINATION: CHEST WITHOUT CONTRAST\nTECHNIQUE: Contiguous axial computed tomography images were obtained through the chest without intravenous contrast. Coronal and sagittal reformats were generated.\nFINDINGS: Moderate emphysema with upper lobe predominance. A single 5 mm solid nodule in the right middle lobe. No pleural effusion.\nIMPRESSION: Emphysema. Solitary 5 mm right middle lobe nodule.\n",
    ["J43.9", "R91.1"], "modality named only in the technique line")
add("ct-06", "CT", "CT ABDOMEN WITHOUT CONTRAST\nHISTORY: Elevated liver enzymes.\nFINDINGS: Diffuse low attenuation of the liver consistent with hepatic steatosis. No biliary dilatation. Kidneys unremarkable. No hydronephrosis.\nIMPRESSION: Hepatic steatosis.\n",
    ["K76.0"], "fatty liver")
add("ct-07", "CT", "NON-CONTRAST CT HEAD\nCLINICAL HISTORY: Fall on anticoagulation. Evaluate for subdural hematoma.\nFINDINGS: No subdural or epidural hematoma. No acute territorial infarct. Gray-white differentiation preserved.\nIMPRESSION: No acute intracranial findings.\n",
    [], "trap: subdural hematoma only as the question asked")
add("ct-08", "CT", "CT CHEST WITH CONTRAST\nINDICATION: Dyspnea.\nFINDINGS: Moderate right pleural effusion with passive atelectasis of the right lower lobe. No pneumothorax. No pulmonary embolism.\nIMPRESSION: Moderate right pleural effusion and right lower lobe atelectasis.\n",
    ["J90", "J98.11"], "effusion and atelectasis")
add("ct-09", "CT", "CT CHEST LOW-DOSE LUNG CANCER SCREENING\nINDICATION: 30 pack-year smoking history.\nFINDINGS: No suspicious pulmonary nodule. Mild emphysema. Coronary artery calcifications noted.\nIMPRESSION: Lung-RADS 1. Mild emphysema.\n",
    ["J43.9"], "screening CT with emphysema; no nodule (negated)", acceptable=("I25.10", "I25.84"))
add("ct-10", "CT", "CT CHEST WITHOUT CONTRAST\nFINDINGS: The heart is enlarged. Atherosclerotic calcification of the thoracic aorta. No pleural or pericardial effusion. Lungs clear.\nIMPRESSION: Cardiomegaly. Aortic atherosclerosis.\n",
    ["I51.7", "I70.0"], "cardiomegaly and aortic atherosclerosis; effusions negated")
add("ct-11", "CT", "CT MAXILLOFACIAL / SINUSES WITHOUT CONTRAST\nINDICATION: Chronic congestion.\nFINDINGS: The paranasal sinuses are clear. No air-fluid levels. Nasal septum is midline.\nIMPRESSION: Normal CT of the paranasal sinuses.\n",
    [], "normal sinus CT")
add("ct-12", "CT", "CT ABDOMEN/PELVIS W CONTRAST\nINDICATION: Left lower quadrant pain, rule out diverticulitis.\nFINDINGS: Sigmoid diverticulosis without pericolonic inflammation. No abscess. Small hiatal hernia. Appendix normal.\nIMPRESSION: Diverticulosis without diverticulitis. Small hiatal hernia.\n",
    ["K44.9", "K57.30"], "diverticulosis coded, diverticulitis negated / rule-out")
add("ct-13", "CT", "CT CHEST WITHOUT CONTRAST\u00a0\u2014 FOLLOW-UP\nCOMPARISON: CT 04/2024.\nFINDINGS: Stable 4 mm nodule in the right lower lobe. No new nodules. No pleural effusion.\nIMPRESSION: Stable 4 mm right lower lobe pulmonary nodule; no further follow-up needed.\n",
    ["R91.1"], "stable single nodule, CRLF and non-breaking space", crlf=True)

# ---------------------------------------------------------------- MRI
add("mri-01", "MRI", "MRI BRAIN WITHOUT AND WITH CONTRAST\nINDICATION: Dizziness.\nFINDINGS: No acute infarct on diffusion-weighted imaging. No mass, hemorrhage, or abnormal enhancement. Ventricles and sulci are normal.\nIMPRESSION: Normal MRI of the brain.\n",
    [], "normal brain MRI")
add("mri-02", "MRI", "MR BRAIN W/O CONTRAST\nCLINICAL INDICATION: Headaches. Rule out mass.\nFINDINGS: No intracranial mass, hemorrhage or hydrocephalus. No restricted diffusion.\nIMPRESSION: No intracranial mass.\n",
    [], "trap: mass only in rule-out and negated")
add("mri-03", "MRI", "MRI THORACIC SPINE WITHOUT CONTRAST\nINDICATION: Mid back pain.\nFINDINGS: Multilevel thoracic spondylosis with small disc osteophyte complexes, without spinal cord compression or signal abnormality. Mild levoconvex scoliosis.\nIMPRESSION:\n1. Thoracic spondylosis without myelopathy.\n2. Mild scoliosis.\n",
    ["M41.9", "M47.814"], "thoracic spondylosis and scoliosis")
add("mri-04", "MRI", "CARDIAC MRI WITH AND WITHOUT GADOLINIUM\nINDICATION: Evaluate cardiomyopathy.\nFINDINGS: Dilated left ventricle with moderately reduced function. The heart is enlarged. No pericardial effusion. No late gadolinium enhancement.\nIMPRESSION: Cardiomegaly with dilated left ventricle.\n",
    ["I51.7"], "cardiomegaly; pericardial effusion negated")
add("mri-05", "MRI", "MRI ABDOMEN WITH AND WITHOUT CONTRAST\nHISTORY: Abnormal liver tests.\nFINDINGS: Signal drop-out on opposed-phase images consistent with hepatic steatosis. No focal liver lesion. Gallbladder normal.\nIMPRESSION: Hepatic steatosis. No focal hepatic lesion.\n",
    ["K76.0"], "fatty liver on MRI")
add("mri-06", "MRI", "BILATERAL BREAST MRI WITH AND WITHOUT CONTRAST\nINDICATION: High-risk screening. Family history: mother with breast cancer at age 45.\nFINDINGS: No suspicious enhancement or mass in either breast. No axillary adenopathy.\nIMPRESSION: BI-RADS 1: Negative.\n",
    [], "trap: family history of breast cancer, negative exam")
add("mri-07", "MRI", "MRI RIGHT KNEE WITHOUT CONTRAST\nHISTORY: Twisting injury.\nFINDINGS: The menisci are intact. Cruciate and collateral ligaments are intact. No bone marrow edema.\nIMPRESSION: No internal derangement.\n",
    [], "normal knee MRI")
add("mri-08", "MRI", "MRA/MRI BRAIN\nINDICATION: Family history of intracranial aneurysm; screening.\nFINDINGS: No aneurysm identified. Normal flow voids. Brain parenchyma normal.\nIMPRESSION: No intracranial aneurysm.\n",
    [], "trap: family history and negated aneurysm")
add("mri-09", "MRI", "MRI CERVICAL SPINE WITHOUT CONTRAST\nINDICATION: Neck pain.\nFINDINGS: Cervical spondylosis most pronounced at C5-C6 with mild foraminal narrowing. No cord compression or myelomalacia. No nerve root impingement.\nIMPRESSION: Cervical spondylosis without myelopathy or radiculopathy.\n",
    ["M47.812"], "cervical (not thoracic) spondylosis: the site code the text supports")
add("mri-10", "MRI", "EXAMINATION: THORACIC SPINE WITHOUT CONTRAST\nTECHNIQUE: Multiplanar, multisequence magnetic resonance images of the thoracic spine were obtained without contrast.\nFINDINGS: Vertebral alignment normal. No fracture. Incidental small right pleural effusion.\nIMPRESSION: No acute thoracic spine abnormality. Small right pleural effusion.\n",
    ["J90"], "modality named only in the technique line; incidental effusion")
add("mri-11", "MRI", "MRI PELVIS WITHOUT AND WITH CONTRAST\nINDICATION: Pelvic pain.\nFINDINGS: Uterus and ovaries are normal in size and signal. No adnexal mass. No free fluid.\nIMPRESSION: Normal MRI of the pelvis.\n",
    [], "normal pelvis MRI")
add("mri-12", "MRI", "MRI BRAIN WITH AND WITHOUT CONTRAST\nINDICATION: Numbness.\nFINDINGS: Two small nonspecific T2 hyperintense foci in the frontal white matter. Demyelinating disease cannot be excluded. No enhancement.\nIMPRESSION: Nonspecific white matter foci; demyelinating disease is possible. Clinical correlation recommended.\n",
    [], "trap: possible demyelinating disease is not coded", crlf=True)
add("mri-13", "MRI", "MRCP / MRI ABDOMEN\nINDICATION: Abdominal pain.\nFINDINGS: Several small gallstones in the gallbladder. No choledocholithiasis. No biliary ductal dilatation. Small hiatal hernia.\nIMPRESSION: Cholelithiasis without choledocholithiasis. Small hiatal hernia.\n",
    ["K44.9", "K80.20"], "gallstones, common duct stones negated")

# ---------------------------------------------------------------- ULTRASOUND
US = "ULTRASOUND"
add("us-01", US, "ULTRASOUND RIGHT UPPER QUADRANT\nINDICATION: RUQ pain.\nFINDINGS: Multiple mobile echogenic shadowing gallstones. Gallbladder wall is not thickened. No pericholecystic fluid. Negative sonographic Murphy sign. Common bile duct 4 mm.\nIMPRESSION: Cholelithiasis without sonographic evidence of acute cholecystitis.\n",
    ["K80.20"], "cholelithiasis, cholecystitis negated")
add("us-02", US, "RENAL ULTRASOUND\nINDICATION: Rule out hydronephrosis.\nFINDINGS: Right kidney 10.8 cm, left kidney 11.1 cm. No hydronephrosis, stones, or masses. Bladder unremarkable.\nIMPRESSION: Normal renal ultrasound.\n",
    [], "normal renal ultrasound")
add("us-03", US, "TRANSTHORACIC ECHOCARDIOGRAM\nINDICATION: Murmur.\nFINDINGS: Normal left ventricular size and systolic function, LVEF 60%. No regional wall motion abnormality. Valves structurally normal. No pericardial effusion.\nIMPRESSION: Normal echocardiogram.\n",
    [], "normal echocardiogram (counts as ultrasound)")
add("us-04", US, "ECHOCARDIOGRAM REPORT\nINDICATION: Heart failure symptoms.\nFINDINGS: Severely dilated left ventricle with global hypokinesis. LVEF 25%. Mild mitral regurgitation.\nIMPRESSION: Dilated cardiomyopathy with severely reduced ejection fraction.\n",
    ["I42.0"], "dilated cardiomyopathy", acceptable=("I34.0", "I51.7"))
add("us-05", US, "VENOUS DUPLEX ULTRASOUND, RIGHT LOWER EXTREMITY\nINDICATION: Calf swelling, evaluate for DVT.\nFINDINGS: The common femoral, femoral, popliteal and calf veins are fully compressible with normal color flow and augmentation.\nIMPRESSION: No evidence of deep venous thrombosis in the right lower extremity.\n",
    [], "Doppler study, DVT negated")
add("us-06", US, "PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL\nINDICATION: Heavy menses.\nFINDINGS: Uterus enlarged with a 3.2 cm intramural fibroid. Endometrium 8 mm. Ovaries normal.\nIMPRESSION: Uterine fibroid.\n",
    ["D25.1"], "intramural fibroid: the most specific leiomyoma code the text supports")
add("us-07", US, "THYROID ULTRASOUND\nINDICATION: Palpable neck fullness.\nFINDINGS: Both lobes are enlarged and contain multiple nodules, the largest 1.8 cm in the right lobe. No suspicious calcifications.\nIMPRESSION: Multinodular goiter.\n",
    ["E04.2"], "multinodular goiter")
add("us-08", US, "ABDOMINAL ULTRASOUND, COMPLETE\nINDICATION: Elevated ALT.\nFINDINGS: The liver is diffusely echogenic consistent with hepatic steatosis. Gallbladder normal, no gallstones. Spleen and kidneys normal.\nIMPRESSION: Hepatic steatosis. No cholelithiasis.\n",
    ["K76.0"], "steatosis present, gallstones negated")
add("us-09", US, "CAROTID DUPLEX ULTRASOUND\nINDICATION: Dizziness.\nFINDINGS: Minimal plaque at both carotid bulbs. Peak systolic velocities within normal limits. Antegrade vertebral flow.\nIMPRESSION: No hemodynamically significant carotid stenosis.\n",
    [], "carotid Doppler, stenosis negated", acceptable=("I65.23",))
add("us-10", US, "RENAL ULTRASOUND\nINDICATION: Acute kidney injury.\nFINDINGS: Moderate right hydronephrosis. Left kidney normal without hydronephrosis. No renal calculi seen.\nIMPRESSION: Moderate right hydronephrosis.\n",
    ["N13.30"], "hydronephrosis; AKI only as the indication is not confirmed by the study")
add("us-11", US, "CHEST ULTRASOUND\nINDICATION: Evaluate effusion prior to thoracentesis.\nFINDINGS: Moderate anechoic left pleural effusion. No loculations. Site marked for thoracentesis.\nIMPRESSION: Moderate simple left pleural effusion.\n",
    ["J90"], "effusion on ultrasound")
add("us-12", US, "BLADDER ULTRASOUND\nINDICATION: Urinary frequency.\nFINDINGS: Pre-void volume 320 mL. Post-void residual 40 mL. Bladder wall normal.\nIMPRESSION: Normal post-void residual.\n",
    [], "normal bladder scan", crlf=True)
add("us-13", US, "EXAM: RIGHT UPPER QUADRANT\nTECHNIQUE: Real-time grayscale and color Doppler sonographic images of the right upper quadrant were obtained.\nFINDINGS: The gallbladder is surgically absent (status post cholecystectomy). Liver normal in size and echotexture. Common bile duct 5 mm.\nIMPRESSION: Post-cholecystectomy state. No acute abnormality.\n",
    [], "modality only in the technique line; status post is not a current condition", acceptable=("Z90.49",))

# ---------------------------------------------------------------- DISCHARGE SUMMARY
DS = "DISCHARGE SUMMARY"
add("ds-01", DS, "DISCHARGE SUMMARY\nAdmission Date: 03/02/2025   Discharge Date: 03/06/2025\nHOSPITAL COURSE: 67-year-old admitted with fever and productive cough. Chest radiograph showed right lower lobe consolidation. Treated with IV ceftriaxone and azithromycin, transitioned to oral antibiotics. Blood sugars managed with insulin sliding scale.\nDISCHARGE DIAGNOSES:\n1. Community-acquired pneumonia\n2. Type 2 diabetes mellitus\n3. Hyperlipidemia\nDISCHARGE MEDICATIONS: Amoxicillin-clavulanate, metformin, atorvastatin.\nFOLLOW-UP: Primary care in 1 week.\n",
    ["E11.9", "E78.5", "J18.9", "Z79.84"], "pneumonia, T2DM without stated complication, hyperlipidemia; metformin at discharge is E11's 'use additional code' Z79.84, while the in-hospital insulin sliding scale is temporary and not Z79.4 (guideline I.C.4.a.3)")
add("ds-02", DS, "DISCHARGE SUMMARY\nDate of admission: 01/11/2025\nDate of discharge: 01/15/2025\nPrincipal diagnosis: Acute exacerbation of COPD.\nSecondary diagnoses: Atrial fibrillation.\nHOSPITAL COURSE: Treated with nebulized bronchodilators, systemic steroids and azithromycin. Rate controlled with metoprolol. No pneumonia on chest x-ray.\nDISCHARGE CONDITION: Stable.\n",
    ["I48.91", "J44.1"], "COPD exacerbation is J44.1 (more specific than J44.9); pneumonia negated")
add("ds-03", DS, "HOSPITAL DISCHARGE SUMMARY\nAdmitted: 05/20/2025  Discharged: 05/25/2025\nHOSPITAL COURSE: Presented with fever, hypotension and dysuria. Urine culture grew a pan-sensitive organism. Met sepsis criteria on arrival; received fluids and IV antibiotics with prompt improvement.\nDISCHARGE DIAGNOSES:\n- Sepsis due to urinary tract infection\n- Hypothyroidism\nDISCHARGE MEDICATIONS: Cephalexin x 7 days, levothyroxine.\n",
    ["A41.9", "E03.9", "N39.0"], "sepsis with UTI source, organism not named")
add("ds-04", DS, "DISCHARGE SUMMARY\nADMISSION DATE: 02/01/2025\nDISCHARGE DATE: 02/04/2025\nHISTORY: History of myocardial infarction in 2018, status post stent.\nHOSPITAL COURSE: Admitted with dyspnea and edema due to decompensated congestive heart failure. Diuresed with IV furosemide. Myocardial infarction was ruled out with serial troponins.\nDISCHARGE DIAGNOSIS: Congestive heart failure.\nFAMILY HISTORY: Father with colon cancer.\n",
    ["I50.9"], "traps: history of MI, MI ruled out, family history of cancer", acceptable=("I25.2", "Z95.5"))
add("ds-05", DS, "DISCHARGE SUMMARY\nAdmit: 07/07/2025   Discharge: 07/10/2025\nHOSPITAL COURSE: Admitted with poor oral intake and vomiting. Creatinine 2.9 on admission (baseline 1.0), potassium 6.1. Managed with IV fluids and potassium binders; creatinine 1.2 at discharge.\nDISCHARGE DIAGNOSES:\n1. Acute kidney injury, prerenal\n2. Hyperkalemia\n",
    ["E87.5", "N17.9"], "AKI and documented hyperkalemia (lab and diagnosis give the same code once); the documented AKI supersedes the creatinine lab code; vomiting as the cause is defensible", acceptable=("R11.10",))
add("ds-06", DS, "DISCHARGE SUMMARY\nAdmission: 08/14/2025 | Discharge: 08/17/2025\nHOSPITAL COURSE: Presented with melena. EGD showed no active bleeding source. Transfused 2 units of packed red cells.\nDISCHARGE DIAGNOSES:\n1. Upper gastrointestinal bleeding\n2. Acute blood loss anemia\nNo evidence of perforation.\n",
    ["D62", "K92.2"], "GI bleed and acute blood loss anemia; melena as the presentation is defensible", acceptable=("K92.1",))
add("ds-07", DS, "DISCHARGE SUMMARY\nDates of stay: 09/01/2025 - 09/03/2025\nHOSPITAL COURSE: Admitted for confusion found to have sodium of 124, attributed to thiazide use. Thiazide stopped; sodium 133 at discharge.\nDISCHARGE DIAGNOSES:\n1. Hyponatremia\n2. Essential hypertension\nMEDICATIONS: Amlodipine (hydrochlorothiazide discontinued).\n",
    ["E87.1", "I10"], "documented hyponatremia and hypertension", acceptable=("T50.2X5A",))
add("ds-08", DS, "DISCHARGE SUMMARY\nAdmission Date: 10/10/2025   Discharge Date: 10/13/2025\nPAST MEDICAL HISTORY: Asthma.\nFAMILY HISTORY: Mother with COPD.\nHOSPITAL COURSE: Left lower lobe pneumonia treated with antibiotics. Asthma remained stable on home inhaler.\nDISCHARGE DIAGNOSES: Pneumonia; asthma.\n",
    ["J18.9", "J45.909"], "family history of COPD not coded")
add("ds-09", DS, "DISCHARGE SUMMARY\nAdmitted 11/02/2025, discharged 11/05/2025.\nHOSPITAL COURSE: Erythema, warmth and swelling of the left lower leg. Ultrasound negative for deep vein thrombosis. Treated with IV cefazolin.\nDISCHARGE DIAGNOSIS: Cellulitis of left lower extremity.\nRETURN PRECAUTIONS: Return if fever or spreading redness.\n",
    ["L03.116"], "cellulitis with laterality; DVT negated; return precautions hypothetical")
add("ds-10", DS, "DISCHARGE SUMMARY\nAdmission date: 12/01/2025\nDischarge date: 12/03/2025\nDISCHARGE DIAGNOSES:\n1. Atrial fibrillation with rapid ventricular response, rate controlled\n2. Hypothyroidism\n3. Depression\nHOSPITAL COURSE: Started on diltiazem and apixaban. TSH within normal limits on levothyroxine. Mood stable on sertraline.\n",
    ["E03.9", "F32.A", "I48.91", "Z79.01"], "three documented chronic conditions; apixaban kept for atrial fibrillation is long-term anticoagulant use, Z79.01")
add("ds-11", DS, "DISCHARGE SUMMARY\nAdmit 06/03/2025 / Discharge 06/05/2025\nLABS: Hemoglobin 8.2 g/dL (L), ferritin 4 ng/mL (L).\nHOSPITAL COURSE: Symptomatic anemia. Iron studies consistent with iron deficiency. Received IV iron. Heartburn controlled with omeprazole.\nDISCHARGE DIAGNOSES:\n1. Iron deficiency anemia\n2. Gastroesophageal reflux disease\n",
    ["D50.9", "K21.9"], "documented iron deficiency anemia supersedes the low-hemoglobin code")
add("ds-12", DS, "DISCHARGE SUMMARY\nAdmission Date: 04/04/2025   Discharge Date: 04/08/2025\nHOSPITAL COURSE: Acute onset of right arm weakness. MRI brain confirmed an acute left MCA territory infarct. Not a candidate for thrombolysis. Aspirin and statin started. Hemorrhagic transformation was not seen on follow-up imaging.\nDISCHARGE DIAGNOSES: Acute ischemic stroke.\nDISPOSITION: Inpatient rehabilitation.\n",
    ["I63.9"], "ischemic stroke; the MRI named in the course does not make it an MRI report",
    acceptable=("I63.512",))
add("ds-13", DS, "DISCHARGE SUMMARY\nAdmission: 02/20/2025   Discharge: 02/22/2025\nHOSPITAL COURSE: Elective admission for sleep study titration; tolerated CPAP. Blood pressure controlled. Counselled on weight loss.\nDISCHARGE DIAGNOSES:\n\u2022 Obstructive sleep apnea\n\u2022 Hypertension\n\u2022 Obesity\nTemperature max 37.2 \u00b0C; SpO\u2082 \u2265 94% on CPAP.\n",
    ["E66.9", "G47.33", "I10"], "bullets and non-ASCII (degree sign, subscript, >=), CRLF", crlf=True)

# ---------------------------------------------------------------- CLINICAL NOTE
CN = "CLINICAL NOTE"
add("cn-01", CN, "PROGRESS NOTE\nS: Here for 3-month follow-up. Feels well.\nO: BP 132/80, HR 72. Labs: HbA1c 7.1%.\nA/P:\n1. Essential hypertension - continue lisinopril.\n2. Type 2 diabetes mellitus without complications - continue metformin.\n3. Hyperlipidemia - continue atorvastatin.\n",
    ["E11.9", "E78.5", "I10"], "SOAP note; HbA1c with documented diabetes is not R73.09")
add("cn-02", CN, "HISTORY AND PHYSICAL\nCHIEF COMPLAINT: Chest pressure.\nPAST MEDICAL HISTORY: History of myocardial infarction 2019, status post PCI.\nFAMILY HISTORY: Mother with breast cancer. Brother with type 1 diabetes.\nASSESSMENT:\n1. Coronary artery disease, stable.\n2. Hyperlipidemia.\nPLAN: Rule out acute coronary syndrome with serial troponins. Continue statin.\n",
    ["E78.5", "I25.10", "R07.89"], "traps: history of MI, family history, rule out ACS; the symptom (chest pressure) is coded because the rule-out diagnosis is not", acceptable=("I25.2", "Z95.5"))
add("cn-03", CN, "EMERGENCY DEPARTMENT NOTE\nHPI: 34-year-old with dysuria and frequency for 2 days. Denies fever or flank pain.\nEXAM: Afebrile. No CVA tenderness.\nUA: positive leukocyte esterase and nitrites.\nDIAGNOSIS: Urinary tract infection.\nDISPOSITION: Discharged on nitrofurantoin. Return if fever, vomiting or flank pain develop.\n",
    ["N39.0"], "UTI; denied and return-precaution symptoms not coded")
add("cn-04", CN, "CARDIOLOGY CONSULTATION\nREASON FOR CONSULT: Palpitations.\nHPI: Intermittent palpitations for 1 week. Denies chest pain or syncope. No history of stroke.\nECG: Atrial fibrillation with rapid ventricular response, rate 128.\nASSESSMENT: New-onset atrial fibrillation.\nPLAN: Rate control, anticoagulation per CHA2DS2-VASc.\n",
    ["I48.91"], "atrial fibrillation; stroke negated")
add("cn-05", CN, "OFFICE VISIT\nSUBJECTIVE: Fatigue and weight gain.\nOBJECTIVE: Weight 102 kg. TSH 9.8 (H).\nASSESSMENT:\n1. Hypothyroidism - start levothyroxine 50 mcg.\n2. Obesity - dietary counselling.\n",
    ["E03.9", "E66.9"], "documented hypothyroidism supersedes the abnormal-TSH code")
add("cn-06", CN, "BEHAVIORAL HEALTH / PRIMARY CARE NOTE\nPatient reports low mood and poor sleep for two months. PHQ-9 score 14. Screening negative for suicidal ideation.\nAssessment: Depression. Anxiety.\nPlan: Start sertraline, therapy referral.\n",
    ["F32.A", "F41.9"], "depression unspecified, anxiety unspecified")
add("cn-07", CN, "PULMONARY CLINIC NOTE\nHistory: Former smoker, quit 2015.\nAssessment: COPD, stable on tiotropium. No exacerbation in the past year. Lung cancer screening CT negative.\nPlan: Continue current inhalers; pulmonary rehab referral.\n",
    ["J44.9"], "stable COPD; exacerbation negated; former smoker is history", acceptable=("Z87.891",))
add("cn-08", CN, "GASTROENTEROLOGY NOTE\nHPI: Chronic heartburn, worse at night.\nASSESSMENT: Gastroesophageal reflux disease.\nPLAN: Continue PPI. EGD scheduled to rule out Barrett's esophagus.\n",
    ["K21.9"], "GERD; Barrett's only as a rule-out")
add("cn-09", CN, "PEDIATRIC FOLLOW-UP NOTE\nSubjective: Uses albuterol about once a week. No night-time symptoms.\nAssessment: Asthma, well controlled.\nPlan: Continue albuterol as needed. Flu vaccine today.\n",
    ["J45.909"], "asthma without severity stated")
add("cn-10", CN, "NEPHROLOGY CLINIC NOTE\nLabs: eGFR 52 mL/min/1.73m2, creatinine 1.4.\nASSESSMENT:\n1. Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a.\nPLAN: Continue SGLT2 inhibitor; recheck BMP in 3 months.\n",
    ["E11.22", "N18.31"], "diabetic CKD with stage stated", acceptable=("R94.4",))
add("cn-11", CN, "ANNUAL PHYSICAL\nFamily history: Father with type 2 diabetes and hypertension. Mother with hypothyroidism.\nReview of systems: Negative for chest pain, dyspnea or weight change.\nExam: Normal.\nAssessment: Routine adult health examination; no acute issues.\n",
    [], "trap: only family history conditions; the visit code is acceptable", acceptable=("Z00.00",))
add("cn-12", CN, "URGENT CARE NOTE\nCC: Sore throat and congestion for 3 days.\nRapid strep negative. Lungs clear; no pneumonia suspected.\nAssessment: Viral upper respiratory infection.\nPlan: Supportive care; return if symptoms worsen.\n",
    ["J06.9"], "URI; strep and pneumonia negated")
add("cn-13", CN, "ED PROVIDER NOTE\nVitals: Temp 38.4 \u00b0C, HR 108, SpO\u2082 91% on room air.\nChest x-ray: right lower lobe consolidation.\nAssessment:\n\u2022 Community-acquired pneumonia.\n\u2022 Possible early sepsis; lactate pending.\nPlan: Ceftriaxone and azithromycin; admit.\n",
    ["J18.9"], "non-ASCII vitals; 'possible' sepsis not coded; CRLF", crlf=True)

# ---------------------------------------------------------------- PATHOLOGY REPORT
PR = "PATHOLOGY REPORT"
add("path-01", PR, "SURGICAL PATHOLOGY REPORT\nSPECIMEN: Sigmoid colon, polyp, cold snare polypectomy.\nGROSS DESCRIPTION: One tan polypoid fragment, 0.6 cm.\nMICROSCOPIC DESCRIPTION: Tubular architecture with low-grade dysplasia.\nFINAL DIAGNOSIS: Sigmoid colon, polypectomy: Tubular adenoma. Negative for high-grade dysplasia.\n",
    ["D12.5"], "adenoma of sigmoid colon")
add("path-02", PR, "SURGICAL PATHOLOGY\nSpecimen: Skin, upper back, shave biopsy.\nGross: Tan-brown papule 0.5 cm.\nDiagnosis: Seborrheic keratosis. Margins involved.\n",
    ["L82.1"], "seborrheic keratosis")
add("path-03", PR, "PATHOLOGY REPORT\nSPECIMEN: Gallbladder, laparoscopic cholecystectomy.\nGROSS: Gallbladder 8 cm with multiple yellow stones.\nMICROSCOPIC: Chronic inflammation and Rokitansky-Aschoff sinuses.\nFINAL DIAGNOSIS: Chronic cholecystitis with cholelithiasis.\n",
    ["K80.10"], "calculus of gallbladder with chronic cholecystitis")
add("path-04", PR, "SURGICAL PATHOLOGY REPORT\nSPECIMEN: Appendix, appendectomy.\nMICROSCOPIC DESCRIPTION: Transmural neutrophilic infiltrate with serositis. No perforation identified.\nFINAL DIAGNOSIS: Acute appendicitis with periappendicitis. Negative for neoplasm.\n",
    ["K35.80"], "acute appendicitis, no perforation or abscess stated", acceptable=("K35.890",))
add("path-05", PR, "BREAST CORE BIOPSY REPORT\nSPECIMEN: Left breast, 2 o'clock, ultrasound-guided core biopsy.\nMICROSCOPIC: Biphasic proliferation of stroma and ducts.\nDIAGNOSIS: Fibroadenoma. Negative for atypia and malignancy.\n",
    ["D24.2"], "benign neoplasm of left breast; malignancy negated")
add("path-06", PR, "GYNECOLOGIC PATHOLOGY\nSpecimen: Endometrium, biopsy.\nDiagnosis: Proliferative endometrium. No hyperplasia or malignancy identified.\n",
    [], "benign, negatives only")
add("path-07", PR, "SURGICAL PATHOLOGY REPORT\nSPECIMEN: Stomach, antrum, biopsy.\nMICROSCOPIC: Mild chronic inflammation of the lamina propria. Immunostain for Helicobacter pylori is negative.\nFINAL DIAGNOSIS: Chronic gastritis. Negative for Helicobacter pylori, intestinal metaplasia and dysplasia.\n",
    ["K29.50"], "chronic gastritis; H. pylori negated")
add("path-08", PR, "CYTOPATHOLOGY REPORT\nSpecimen: Urine, voided.\nAdequacy: Satisfactory for evaluation.\nInterpretation: Negative for high-grade urothelial carcinoma (Paris category NHGUC).\n",
    [], "cytology, negative for malignancy")
add("path-09", PR, "SURGICAL PATHOLOGY REPORT\nSPECIMEN: Prostate, 12 core needle biopsies.\nFINAL DIAGNOSIS: Benign prostatic tissue in all cores. No carcinoma identified.\nCOMMENT: Family history of prostate cancer noted on requisition.\n",
    [], "negated carcinoma; family history")
add("path-10", PR, "PATHOLOGY\nSpecimen: Colon, random biopsies (diarrhea).\nDiagnosis: Colonic mucosa with no significant histopathologic abnormality. No microscopic colitis.\n",
    [], "normal biopsies", crlf=True)
add("path-11", PR, "CYTOLOGY - FINE NEEDLE ASPIRATION\nSpecimen: Thyroid, right lobe nodule, FNA.\nInterpretation: Benign (Bethesda category II). Consistent with benign follicular nodule.\n",
    ["E04.1"], "benign single thyroid nodule")
add("path-12", PR, "DERMATOPATHOLOGY REPORT\nSpecimen: Skin, left forearm, excision.\nGross: Ellipse 2.1 x 0.9 cm.\nFinal diagnosis: Basal cell carcinoma, nodular type. Margins free of tumor.\n",
    ["C44.619"], "basal cell carcinoma of skin of left upper limb (C44.612 would be the right)")
add("path-13", PR, "SURGICAL PATHOLOGY REPORT\nSPECIMEN: Lymph node, right axillary, sentinel node biopsy.\nGROSS: One lymph node, 1.2 cm.\nFINAL DIAGNOSIS: One lymph node, negative for metastatic carcinoma (0/1).\n",
    [], "negative sentinel node")

# ---------------------------------------------------------------- OTHER
OT = "OTHER"
lab("oth-01", OT, "THYROID STIMULATING HORMONE\nMeridian Clinical Labs", [Row("tsh", "TSH", "8.2", "mIU/L", "0.45-4.50", "H")], "table", ["R94.6"],
    "single-analyte thyroid report: another panel -> OTHER; high TSH")
lab("oth-02", OT, "HEMOGLOBIN A1c\nNorthside Regional Laboratory", [Row("a1c", "Hemoglobin A1c", "6.1", "%", "4.0-5.6", "H")], "colon", ["R73.03"],
    "prediabetic range HbA1c")
lab("oth-03", OT, "GLYCOHEMOGLOBIN (HbA1c)", [Row("a1c", "HbA1c", "7.4", "%", "4.0-5.6", "H"), Row(None, "Estimated average glucose", "166", "mg/dL")],
    "dotted", ["R73.09"], "HbA1c >= 6.5 without documented diabetes")
lab("oth-04", OT, "HbA1c", [Row("a1c", "Hemoglobin A1c", "5.6", "%", "4.0-5.6", "")], "table", [], "trap: HbA1c exactly at upper limit is normal")
add("oth-05", OT, "URINALYSIS, COMPLETE\nColor: Yellow   Clarity: Clear\nSpecific gravity: 1.015 (1.005-1.030)\npH: 6.0 (5.0-8.0)\nProtein: Negative\nGlucose: Negative\nKetones: Negative\nBlood: Negative\nLeukocyte esterase: Negative\nNitrite: Negative\nWBC: 0-2 /hpf\nRBC: 0-2 /hpf\n",
    [], "normal urinalysis")
add("oth-06", OT, "Dear Patient,\n\nThis letter confirms your appointment at the Synthetic Family Clinic on 04/15/2025 at 10:30. Please arrive 15 minutes early and bring your insurance card and medication list.\n\nSincerely,\nFront Desk\n",
    [], "appointment letter")
lab("oth-07", OT, "VITAMIN D, 25-HYDROXY", [Row(None, "25-OH Vitamin D, total", "18", "ng/mL", "30-100", "L")], "colon", [],
    "trap: low vitamin D has no CODING.md lab code and no diagnosis is stated")
lab("oth-08", OT, "THYROID PANEL", [Row("tsh", "TSH", "0.05", "uIU/mL", "0.45-4.50", "L"), Row(None, "Free T4", "2.3", "ng/dL", "0.8-1.8", "H")],
    "pipe", ["R94.6"], "low TSH; free T4 high adds nothing")
add("oth-09", OT, "COAGULATION STUDIES\nProthrombin time      12.1 sec   (11.0-13.5)\nINR                   1.0        (0.9-1.1)\naPTT                  29 sec     (25-35)\n",
    [], "normal coagulation panel")
add("oth-10", OT, "PRIOR AUTHORIZATION REQUEST\nTo: Synthetic Health Plan, Utilization Review\nRequested service: MRI of the lumbar spine without contrast (CPT 72148).\nRequested by: Dr. A. Sample, Synthetic Orthopedics.\nPlease fax determination to the number on file.\n",
    [], "trap: a letter requesting an MRI is not an MRI report")
lab("oth-11", OT, "IRON STUDIES", [Row(None, "Iron", "30", "ug/dL", "60-170", "L"), Row(None, "TIBC", "450", "ug/dL", "250-450"),
                                      Row(None, "Ferritin", "8", "ng/mL", "15-150", "L")], "tabbed", [],
    "trap: low iron and ferritin alone have no CODING.md code; TIBC exactly at limit")
add("oth-12", OT, "%PDF-scan-ocr ~~ \u00ff\u00fe #### ?? ||||| 0x00 -- page 1 of 1 -- [illegible] [illegible] ......\n",
    [], "unreadable OCR garbage")
lab("oth-13", OT, "HEMOGLOBIN A1c\nClinical information: known type 2 diabetes mellitus, on metformin.",
    [Row("a1c", "HbA1c", "8.2", "%", "4.0-5.6", "H")], "colon", ["E11.9"],
    "HbA1c with documented diabetes: the documented E11.9, not R73.09", diabetes_documented=True, documented=("E11.9",))

QUICK = ["cbc-02", "cbc-06", "bmp-04", "bmp-11", "cmp-02", "lip-04", "lip-06", "xr-01", "xr-02", "xr-08", "xr-10",
         "ct-04", "ct-05", "mri-03", "us-01", "ds-01", "ds-04", "cn-02", "path-03", "oth-02"]


def main():
    root = os.path.join(os.path.dirname(__file__), "..", "datasets")
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    by_type = {}
    for d in DOCS:
        by_type[d["expected_type"]] = by_type.get(d["expected_type"], 0) + 1
    assert len(by_type) == 12 and min(by_type.values()) >= 8, by_type
    with open(os.path.join(root, "synthetic_v1.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(DOCS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    quick = [d for d in DOCS if d["id"] in QUICK]
    assert len(quick) == 20
    with open(os.path.join(root, "quick_v1.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(quick, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"synthetic_v1.json: {len(DOCS)} documents {dict(sorted(by_type.items()))}; quick_v1.json: {len(quick)}")


if __name__ == "__main__":
    main()
