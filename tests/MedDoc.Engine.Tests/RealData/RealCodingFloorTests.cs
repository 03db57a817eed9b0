using MedDoc.Evaluation.RealSets;
using Xunit.Abstractions;

namespace MedDoc.Engine.Tests.RealData;

/// <summary>
/// Coding floors on real text nobody here wrote (../shared/data/real dev splits, scored as its README says): TCGA
/// pathology reports (site recall: a code in the primary site's category; wrong site: a primary malignancy C00–C76
/// elsewhere) and CodiEsp case reports (micro P/R/F1, exact and by category, on all codes and outside chapter R).
/// The floors sit just under the measured values so that a regression fails; they fail when CI=true and the data is missing.
/// </summary>
public sealed class RealCodingFloorTests(ITestOutputHelper output)
{
    private static readonly ClinicalEngine Engine = new();

    [Fact]
    public void TcgaPathologyReportsFindThePrimarySite()
    {
        if (Score("tcga") is not { Sites: { } sites })
        {
            return;
        }
        output.WriteLine($"tcga dev: {sites}");

        Assert.True(sites.Recall >= TcgaSiteRecallFloor, $"site recall {sites.Recall:F3} < {TcgaSiteRecallFloor}");
        Assert.True(sites.WrongRate <= TcgaWrongSiteCeiling, $"wrong site {sites.WrongRate:F3} > {TcgaWrongSiteCeiling}");
    }

    [Fact]
    public void CodiEspCaseReportsMeetTheCodingFloor()
    {
        if (Score("codiesp") is not { Codes: { } codes } report)
        {
            return;
        }
        var (exact, category, outsideR) = (codes.Exact, codes.Category, codes.OutsideChapterR);
        output.WriteLine($"codiesp dev ({report.Documents}): exact {exact}; category {category}; outside chapter R {outsideR}; exact against the current gold {codes.ExactCurrentCodes}");

        Assert.True(exact.F1 >= CodiEspExactF1Floor, $"exact {exact}");
        Assert.True(exact.Precision >= CodiEspPrecisionFloor, $"exact {exact}");
        Assert.True(category.F1 >= CodiEspCategoryF1Floor, $"category {category}");
        Assert.True(outsideR.Recall >= CodiEspOutsideRRecallFloor, $"outside chapter R {outsideR}");
    }

    // Scored with meddoc eval's own code (MedDoc.Evaluation.RealSets); null (and a failure under CI=true) when the data is missing.
    private static RealSetReport? Score(string name)
    {
        var path = SharedDataLocator.Find($"real/{name}_dev.jsonl.gz");
        if (path is null)
        {
            Assert.False(SharedDataLocator.IsCi, $"CI=true but real/{name}_dev.jsonl.gz is missing");
            return null;
        }
        return RealSetScorer.Score(RealSetReader.Read(path), Engine, Environment.ProcessorCount);
    }

    // Neoplasm coding from the Table of Neoplasms (NeoplasmCoder) lifted site recall from 0.439 to 0.719. Wrong site is
    // 0.026 (50 of 1,903; issue #16 targets 0.02): 18 of those are second primaries the report states as diagnoses of
    // their own (prostatic adenocarcinoma with its Gleason score in a cystoprostatectomy, papillary thyroid carcinoma in a
    // neck dissection), which the engine codes as a coder would; the rest are heading and OCR misreadings.
    // Reading the primary site where the diagnosis lines leave it open — the clinical history's cancer when the diagnoses
    // place tumours at several sites, a heading wrapped onto the line above, the tumour-site line of a synoptic report for
    // its histologic type — lifted site recall to 0.777 (1,479 of 1,903). Wrong site is 0.027 (52 of 1,903; 50 before):
    // 14 are prostatic adenocarcinomas a cystoprostatectomy report states as a diagnosis of their own (a coder codes
    // them), 3 thyroid carcinomas found in a neck dissection; the rest are spread read as origin (cervical squamous
    // carcinoma in the uterine corpus, serous carcinoma in the uterus) and cancers named in forms and test notes.
    // Reading words OCR glued together ("LungTumor", "ofthe"), the lobes of the lung, the grading systems of one organ's
    // carcinoma (Gleason → prostate, Fuhrman → kidney), and the site a report calls the primary when its diagnoses place
    // tumours at several ("consistent with an ovarian primary"; never one it excludes or offers as an alternative) lifted
    // site recall to 0.802 (1,527) and lowered wrong site to 0.026 (50). An organ followed by its part in a heading
    // ("UTERUS, CERVIX, BIOPSY" → cervix) and synoptic histologic-type fields under a field label read as an uncoded
    // section ("Procedure: Radical nephrectomy" / "Histologic type: ...") lifted recall to 0.815 (1,551), wrong site unchanged.
    // A primary placed at contiguous sites with no origin named takes the overlapping-lesion code of its inclusion term
    // (ovary and fallopian tube → C57.8 "tubo-ovarian"; oral cavity and pharynx → C14.8), and the uterus with its part
    // unspecified (C55) gives way to the endometrium the report also places it in (C54): recall 0.827 (1,573), wrong site
    // 0.027 (51: one multifocal serous carcinoma the report itself leaves between uterus and ovaries).
    // A carcinoma of the maxilla or mandible coded to the table's carcinoma row (gum, C03) rather than the bone's secondary,
    // a heading that opens with an organ naming it past listed lymph nodes, the operation naming the organ where a heading
    // names none ("PARTIAL GLOSSECTOMY:" → tongue; never over a tumour-site line), "colic"/"endocervical", and "Metastatic
    // grade 3 (of 4) adenocarcinoma" read as metastatic: recall 0.847 (1,612), wrong site unchanged (51).
    // A form's site field without a colon ("Site of Primary (Histology) Bladder", "Site of Tissue/Primary Left lower
    // lobe"), "Site of primary:" and a "Material:" specimen list: recall 0.851 (1,620), wrong site unchanged (51).
    // The pathologist's COMMENT and a MICROSCOPY heading read as coded sections (they were read as part of the uncoded
    // section above them), and a squamous cell carcinoma of the uterus coded to the cervix (the corpus is lined by glands):
    // recall 0.858 (1,632), wrong site 0.026 (50; one more real incidental prostatic adenocarcinoma of a
    // cystoprostatectomy is now read, two squamous carcinomas are no longer coded to the uterus).
    // An operation that labels its own diagnosis line ("Left partial maxillectomy and left cheek: squamous cell
    // carcinoma") over the heading above it, a heading's bone dropped for the mucosa removed with it ("RESECTION ANTERIOR
    // MANDIBLE AND FLOOR OF MOUTH:" → floor of mouth) and the CAP "cancer case summary" title read as no diagnosis:
    // recall 0.860 (1,637), wrong site 0.026 (49).
    // A verb of location placing the tumour further on in its clause ("a solid mass (4.3 cm) located in the pancreatic
    // head"), "Tumor location:" read as a site line, and a site line naming a part ("Tumor site: Head") taken as that part
    // of the organ the form's title or operation just above names: recall 0.865 (1,647), wrong site 0.025 (48).
    // A heading listing organs names the one its operation is named for when that organ leads the list and no part of it
    // is listed ("Prostate and seminal vesicles, radical prostatectomy:"): recall 0.869 (1,653), wrong site 0.025 (48).
    // A form's site label on a line of its own with the site on the line below ("Anatomic site and laterality" / "Bladder
    // NOS"): recall 0.870 (1,655), wrong site 0.025 (47).
    // Where the diagnoses place malignancies at several sites and nothing names the primary, the main specimen decides:
    // the site of the first placed malignancy when the report places more of them there than anywhere else (a tie names
    // none): recall 0.878 (1,671), wrong site 0.025 (48: a synchronous rectal carcinoma in a colon report and an upper-tract
    // urothelial carcinoma now coded as primaries of their own, one colon report no longer wrong; the trade is +16 reports
    // found for +1 wrong, and the ceiling moves from 47 to 48 reports).
    // A carcinoma of the pleura or mediastinum read as spread (C78.2: it does not arise there), and the bowel with its part
    // unspecified (C26) giving way to the colon: recall 0.880 (1,674), wrong site unchanged (48).
    // "Procedure: Partial hepatectomy" read as a field of the form, not an uncoded examination section (the lines below it
    // are coded when the section the form stands in is): recall 0.882 (1,678), wrong site 0.026 (49: the trade is +4 found
    // for +1 wrong, an ovarian carcinoma the report's own synoptic for primary ovarian tumours states beside an endometrial one).
    // A clinical history whose diagnosis header OCR damaged ("I1PRESSION:", "INPRE S S ION:") runs on over the diagnoses;
    // from its first specimen heading on ("CERVIX, BIOPSY:", "Right kidney, radical nephrectomy: papillary renal cell
    // carcinoma") its lines are read as diagnoses: recall 0.886 (1,686), wrong site 0.026 (50: +8 found for +1 wrong, an
    // OCR-garbled "negative for malignancy" now read in a diagnosis).
    // A site label on its own line taking the site below after a few modifiers ("Right dorsolateral bladder wall", "Oral
    // tongue"; one category, no article): recall 0.888 (1,689), wrong site unchanged (50).
    // Form fields OCR ran together on one line read as clauses of their own (a "None" of one field negated the histologic
    // type of the next) and glued tokens read as any word of a site phrase ("Hepatic flexureTumor"): recall 0.890 (1,694),
    // wrong site unchanged (50).
    // A morphology opening a line read as the end of the term the line above began ("Papillary Renal Cell" / "Carcinoma"):
    // recall 0.891 (1,695), wrong site unchanged (50).
    // A histologic-type field taking the synoptic's site line over a lymph-node heading above it, a tumour-site line just
    // above a malignancy placing it, "main stem bronchus" (no longer "stem" → brain stem) and LLL: recall 0.892 (1,698),
    // wrong site unchanged (50).
    // A diagnosis opening with the operation that removed the organ ("Prostatectomy specimen with ... adenocarcinoma"), ovary
    // and fallopian tube counted as one main specimen, and capitals glued to the next word ("CARCINOMAGender"): recall
    // 0.895 (1,703), wrong site unchanged (50).
    // An example in brackets ("(Ex. Lung Cancer)" in a form, "(e.g. tumors of pancreas, ovary)") read as no finding:
    // recall 0.895 (1,704), wrong site 0.026 (49).
    // A tumour-site line opened by a bullet ("-TUMOR SITE: SIGMOID COLON"): recall 0.896 (1,705), wrong site 0.025 (48).
    // A malignancy a report places nowhere, with no specimen heading above it and no site in its sentence, is in the one
    // organ the report names at all (a tissue bank's form: "FF RESECT LLL" / "T2 N0 M0 adenocarcinoma"; never a named
    // organ the text negates, nor bone, soft tissue, pleura or lymph nodes): recall 0.905 (1,722), wrong site unchanged
    // (48). The trade on CodiEsp: 4 more right codes (C64.2, C62.91, C07, C67.9) and 8 more wrong (a "cervical" node read as
    // the cervix, an appendix, a facial nerve, skin): exact P 0.7254 → 0.7241 and F1 0.4381 → 0.4389, category P 0.824 →
    // 0.823 (F1 0.533 unchanged), outside chapter R P 0.712 → 0.710 and F1 0.437 → 0.438.
    // A lettered diagnosis whose items are sentences about the carcinoma ("B. The carcinoma measures 3.6 cm") read as the
    // report's diagnosis, no form's list of choices: recall 0.905 (1,723), wrong site unchanged (48).
    // A carcinoma on an organ's serosa ("UTERUS, SEROSA: ... serous carcinoma") read as spread, the organ's secondary:
    // recall 0.906 (1,725), wrong site 0.025 (47). OCR repair reading an "m" scanned as "h" or "n" besides one other wrong
    // letter ("carcincna"): recall 0.9070 (1,726; the floor stays 0.906, 1,726 / 1,903 is 0.90699), wrong site unchanged (47).
    // "CA" right after the site it names read as a carcinoma there ("LUL CA", "Bladder CA"; never alone or before a number:
    // "CA-125"): recall 0.910 (1,731), wrong site unchanged (47); CodiEsp unchanged (exact tp 2667, fp 998).
    // A carcinoma involving one of the organs a multi-organ specimen heading lists ("UTERUS, CERVIX, TUBES AND OVARIES:" /
    // "serous carcinoma involving the right ovary") placed in that organ, not read as spread, and a primary named in an
    // organ's part ("endometrial primary") naming the organ a report places the tumour in with its part open (C55):
    // recall 0.911 (1,734; +3 ovarian reports found, 1 uterine report kept), wrong site 0.024 (45; an endometrial primary
    // no longer coded in an ovarian report whose uterus the carcinoma only involves).
    // "parenchyma", "stroma" and "stump" alone no longer read as the kidney, the endometrium and the cervix (the table's
    // inverted entries "parenchyma, kidney", ...): a lung report's "lung parenchyma" no longer names a second organ, a
    // cervical report's "parenchyma" no kidney secondary; and a labelled heading that names no site ends the heading above
    // it also without its colon ("PART 5: ... GLEASON SCORE ..." run into by OCR): recall 0.914 (1,739), wrong site
    // unchanged (45: one prostate report whose urethral-stump heading now names the urethra alone gained a urethral
    // primary, which the heading rule then took away, and one oral report's chance hit from a margin heading two
    // specimens up was lost for a prostate report found). CodiEsp exact tp 2691 → 2692, fp 1008 → 1006.
    // A heading of an operation and the lymph nodes removed with it ("Left pneumonectomy and lymph node sampling:") naming
    // the operated organ for a primary below it, and a lobectomy of a named lobe naming that lobe ("left upper lobectomy" →
    // C34.12): recall 0.915 (1,742; three lung reports), wrong site unchanged (45).
    // "PRE-OP DX:" and "RELEVANT CLINICAL HX:" read as the pre-operative diagnosis and the clinical history (a urethral and a
    // bladder carcinoma: the pre-op bladder carcinoma is the primary), a perihilar cholangiocarcinoma coded C24.0 (it no
    // longer stands beside the hepatic duct as an intrahepatic C22.1), and a diagnosis line running on into a "METASTATIC"
    // line read as spread (a vagina no longer a second primary beside the ovaries): recall 0.917 (1,745), wrong site
    // unchanged (45); CodiEsp and MTS type accuracy unchanged.
    // A malignancy only a heading placed, coded at the organ of the tumour-site line when nothing is placed there ("MAXILLA,
    // PARTIAL MAXILLECTOMY:" / "Tumor Site: Hard palate" → C05.0; a pancreatic carcinoma under a cholecystectomy heading
    // with "Head of pancreas" as its site): recall 0.918 (1,747), wrong site unchanged (45).
    // A tumour-site line giving way to the primary the pathologist names at another site the report places a malignancy
    // at ("Metastatic serous adenocarcinoma of primary uterine origin" over an ovarian specimen's "Tumor site: Left
    // adnexa"; a contiguous site keeps the line), and "uninvolved by" read as a negation ("Margins: Uninvolved by invasive
    // carcinoma" no longer a carcinoma of the specimen): recall 0.919 (1,748), wrong site 0.0226 (43; the uterine report
    // is no longer an adnexal primary).
    // An organ "involved with" carcinoma and a tissue's "invasion ... by" a carcinoma ("Cervix with invasion of cervical
    // stroma by endometrioid adenocarcinoma") read as spread, and a site word OCR split into short runs on one line ("CER
    // VIX", "Pr ost ate"; never from a real word: "test is") read as that word: recall 0.920 (1,751), wrong site unchanged (43).
    // A synoptic form's title line ("Urothelial Carcinoma Pathologic Parameters": a morphology, then only words of a title)
    // read as no diagnosis and as the end of the specimen heading above it (its fields were placed in a ureter biopsy
    // above): recall 0.921 (1,752), wrong site 0.0210 (40; a bladder report no longer a ureteral primary, and seven bladder
    // reports lose a ureteral or bladder secondary their synoptic gave them).
    // A serous carcinoma read as a morphology of its own that arises only in the Müllerian organs and the peritoneum
    // (ovary, tube, uterus, cervix; never the colon, appendix, stomach or bladder it spreads over: C78.5, not C18), a
    // metastatic word ending the line above a wrapped morphology ("CONSISTS OF METASTATIC" / "SEROUS ADENOCARCINOMA."; its
    // metastasis lies in the site that line names: "LYMPH NODES, POSITIVE FOR METASTATIC" / "ADENOCARCINOMA"), and a site
    // ending the line above after its heading's colon ("OVARIES, TUBES, UTERUS: BILATERAL OVARIAN" / "SEROUS
    // ADENOCARCINOMA") as the wrapped morphology's origin: recall 0.923 (1,757; +7 ovarian reports, 2 lost that a serous
    // carcinoma of tube and uterus now leaves between them), wrong site unchanged (38). CodiEsp unchanged (exact tp 2776, fp 1023).
    // A modifier of a primary morphology OCR glued to the morphology word in one case ("SQUAMOUS CELLCARCINOMA",
    // "serousadenocarcinoma"; never "withoutmetastasis" or "metastaticcarcinoma") read as that word: recall 0.9238 (1,758;
    // a tongue-base biopsy), wrong site unchanged (37). CodiEsp unchanged (exact tp 2793, fp 1030).
    // An organ list joined to its morphology by a joining word ("OVARY AND FALLOPIAN TUBE WITH SEROUS ADENOCARCINOMA")
    // names its first organ, the last one no modifier of the morphology: recall 0.9243 (1,759), wrong site unchanged (37).
    // A labelled finding below a specimen list ("C. The tumour identified is ... urothelial carcinoma") placed in the listed
    // specimen of its own label ("C. Bladder and prostate"), not the list's first item ("A. Right side lymph node"): recall
    // 0.9248 (1,760), wrong site unchanged (37); a lung lobe read from its item ("B. Right lower lobe" → C34.31). CodiEsp
    // unchanged (exact tp 2794, fp 1019).
    // A comment under an item label ("D. The moderately differentiated adenocarcinoma cells are strongly positive for CK7")
    // placed in the diagnosis heading of that label ("D. Right Lobe Liver, Wedge Resection:"), no longer at the clinical
    // history's colon cancer (a cholangiocarcinoma no longer the colon's secondary; seven kidney reports now sided), and OCR
    // repair reading two look-alike letters in a long morphology word ("Adanocarainoma", "adenocarcjnama"): recall 0.9264
    // (1,763; +1 cholangiocarcinoma, +2 OCR), wrong site unchanged (37: the cholangiocarcinoma report is no longer wrong,
    // an ovarian report whose repaired "adenocarolnoma" only an OCR-split hysterectomy heading places is now a uterine one).
    // A specimen heading listing contiguous sites of one overlapping lesion ("FLOOR OF MOUTH, TONGUE, LINGUAL CORTEX AND NECK
    // DISSECTION:", "Right ovary and fallopian tube") naming the site it lists first for the carcinoma below it (it named
    // none): recall 0.9275 (1,765; an oral and an ovarian report), wrong site unchanged (37).
    // A primary placed in the colon and the rectum with no origin named taking C19 (inclusion term "Malignant neoplasm of
    // colon with rectum"; an overlapping-lesion rule as C57.8 and C14.8): recall 0.9280 (1,766), wrong site 0.0184 (35; a
    // colon report's rectal carcinoma beside its sigmoid one no longer a primary of its own); eleven colorectal reports now
    // C19 where they had C18 or C20 beside each other. CodiEsp unchanged (exact tp 2825, fp 1023).
    // "Tumor subsite:" read as a tumour-site line (a form label as "Tumor site:"; one dev report uses it): recall 0.9285
    // (1,767), wrong site 0.0179 (34; an endometrial serous carcinoma no longer an ovarian primary).
    // A site that names the tumour's kind ("adenocarcinoma of the colorectal type", "Gastric-type adenocarcinoma") read
    // only when no other site places it (a fallback: in 9 reports it is the only site), with "large/small bowel" and
    // "rectosigmoidal" as table sites: recall unchanged (1,767), wrong site unchanged (34); four rectosigmoid resections
    // C18.9 -> C19 ("Rectosigmoidal resection material"), small-bowel metastases C78.4 (were C78.80), a form's "Salivary
    // gland type" option no longer C08.9. CodiEsp unchanged (exact tp 2833, fp 1018 with main).
    // An operation that opens a list of specimens naming the organ it removed, the main specimen, before the organs listed
    // after it ("Specimen Type (s): Hysterectomy, Total Hysterectomy, Left ovary, Right ovary," over a synoptic's "Histologic
    // Type: Endometrioid adenocarcinoma"): recall 0.9293 (1,768), wrong site 0.0173 (33; the endometrial carcinoma is no
    // longer an ovarian primary; a tonsillectomy/tongue-base heading names the tonsil, no tongue-base secondary).
    // A line of sites after a bare list label ("7." / "Oral Cavity; left tongue, left floor mouth and palate.") read as the
    // heading of the carcinoma opening the next line, digits OCR ran onto a known word ending it ("carcinoma250",
    // "Cervix11"), "of endometrial origin" / "endocervical origin is favored" naming the primary as "primary" does, and the
    // pathologist's named primary beating the pre-operative diagnosis: recall 0.9322 (1,774: two oral reports, a pancreas
    // heading, a cervical synoptic's glued type, a cervical carcinoma the pre-op called endometrial), wrong site unchanged
    // (33; that cervical report is no longer an endometrial primary, an endometrial serous carcinoma "of endometrial
    // origin" is now found but its "carcinoma in tubal lumen" is a tubal primary). CodiEsp exact tp unchanged ("thyroid
    // origin" gives the gold C73, a D49.519 lost).
    // Where headings place malignancies at several sites and nothing names the primary, the one category a diagnosis places
    // in its own words ("Squamous cell carcinoma of the supraglottic larynx" beside a base-of-tongue heading's carcinoma):
    // recall 0.9327 (1,775; a laryngeal report), wrong site unchanged (33); a rectosigmoid-junction carcinoma C19 (was the
    // sigmoid's C18.7). CodiEsp exact tp +1 (a renal pelvis C65.9 over its secondary C79.00), fp -1.
    private const double TcgaSiteRecallFloor = 0.932;
    // A carcinoma only said to reach a site ("Left seminal vesicle involved by carcinoma") read as the spread of the one
    // cancer the clinical sections name ("Prostate ca."): wrong site 0.024 (46), recall unchanged (1,731); "Cll" (an OCR'd
    // cassette label) no longer gives C91.10 in 7 reports (no site score moves: C91 is outside C00–C76). CodiEsp unchanged.
    // With the multi-organ heading's involved organ (above): wrong site 0.0236 (45).
    // A heading's site the specimen's mass only grows into ("MASS PROTRUDING INTO VAGINA:") no longer places the carcinoma
    // below it: wrong site 0.0231 (44; a cervical carcinoma no longer a vaginal primary), recall unchanged (1,747).
    // With the named primary over another specimen's site line (above): wrong site 0.0226 (43).
    // A form's choice whose number OCR lost or ran onto the line above ("B\" Urothelial carcinoma, TCCa", "Wilms' tumor"
    // between "17." and "18.") counted in its list of choices when two others kept their numbers and the list offers three
    // morphologies (never a line above the list's first item), and a list looked for twelve sentences either side of a
    // curated mention: wrong site 0.0215 (41; two kidney forms no longer code their urothelial-carcinoma choice as a
    // bladder primary), recall unchanged (1,751).
    // With the synoptic form's title (above): wrong site 0.0210 (40).
    // A specimen heading wrapped over lines that leave its list open ("..., FLOOR OF MOUTH ALVEOLECTOMY, AND" / "RADICAL
    // RESECTION OF FACIAL SKIN:") read with the sites of all its lines: wrong site 0.0205 (39; an oral carcinoma no longer a
    // skin primary; a Whipple heading now names the head of the pancreas, C25.0), recall unchanged (1,752).
    // A form's choice whose number closes the sentence before it ("... examined: # 11." / "Urothelial carcinoma, small
    // cell") read as an item of its list: wrong site 0.0200 (38; a third kidney form), recall unchanged (1,752).
    // A line ending on a word that cannot end a statement (a joining word, a metastatic word, a site's adjective) read as
    // running on into the morphology that opens the next, its last clause's negation reaching it ("-NO ... OR PROSTATIC" /
    // "ADENOCARCINOMA IDENTIFIED", "NEGATIVE FOR" / "MALIGNANCY"; 16 reports lose a negated node or organ secondary), a site
    // adjective ending that line as the wrapped morphology's origin, and a cancer of the pre-operative diagnosis that the
    // report's diagnoses rule out at its site and place nowhere giving way: wrong site 0.0194 (37; a cystoprostatectomy's
    // pre-operative "Prostate cancer" no longer its primary, its bladder carcinoma no longer a secondary), recall
    // unchanged (1,757). CodiEsp unchanged (exact tp 2781, fp 1024).
    // A site after "involvement/invasion/extension/infiltration of" read as a structure the tumour reaches, as one before
    // "involvement" already was (a uterine synoptic's "Involvement of Cervix:" field no longer the heading of its serous
    // adenocarcinoma): wrong site 0.0189 (36), recall unchanged (1,765).
    // With the colon-with-rectum rule (above): wrong site 0.0184 (35). With "Tumor subsite:" (above): 0.0179 (34). With
    // the operation opening a specimen list (above): 0.0173 (33). "RIO" read as an OCR'd "R/O" (0.0168, 32) was removed in
    // review: the reading came from one dev report's scan, not a pattern the held-out reports can be expected to share.
    private const double TcgaWrongSiteCeiling = 0.0175;
    // Matching the words of ICD-10-CM titles and inclusion terms (TerminologyRecognizer) lifted CodiEsp exact F1 from
    // 0.310 to 0.353, category F1 from 0.384 to 0.437 and outside-chapter-R recall from 0.163 to 0.217 at precision 0.672.
    // Coding lasting conditions stated as history ("a history of hypertension and type 2 diabetes") and complaints dated by
    // a duration ("a 3-day history of fever") lifted exact F1 to 0.382 (P 0.689), category F1 to 0.471 and outside-R
    // recall to 0.246. Never both codes of an Excludes1 pair cost 0.005 (CodiEsp's coders often coded both); plurals of
    // the lexicon's terms and "hypertensive"/"diabetic" patients brought exact F1 to 0.384 (P 0.687), category F1 0.474,
    // outside-R recall 0.249. Alphabetic Index main terms for words no title carries ("skin lesion", "hepatitis C", "HCV",
    // "heart disease", a bare "infection", "facial paralysis"), specificity from stated words ("smoker of 30 cigarettes a
    // day" → F17.210), "bleeding" read as "hemorrhage" and allergy statements that close their own negation ("without known
    // allergies, with hypertension") brought exact F1 to 0.396 (P 0.695), category F1 0.485, outside-R recall 0.265.
    // A title that reads a curated concept's words and more giving its own code ("pneumococcal meningitis" → G00.1 over
    // the curated G03.9): exact F1 0.397 (P 0.695), category F1 0.485, outside-R recall 0.266. Wrong codes removed
    // ("hematoma" read as "hepatoma", "Streptococcus pneumoniae" as pneumonia, "ganglion", "cavities"): P 0.706, F1 0.398,
    // category F1 0.487.
    // "Necrosis" alone as the Index's gangrene (I96), smoking verbs as nicotine dependence, Roman-numeral CKD stages, and
    // metastases with no site yielding to a sited secondary code: exact F1 0.403 (P 0.713), category F1 0.494, outside-R
    // recall 0.271. Bare "necrosis" and the past tense "smoked" taken back out (tumour necrosis in a pathology report is
    // not gangrene; "smoked for 20 years and quit" is not current dependence): exact F1 0.401, category F1 0.491, outside-R
    // recall 0.268. "Erythematous" as the Index's erythema, an impaired kidney function as N28.9, "no history of interest"
    // and "no toxic habits" negating only themselves, "functional impotence" not read as erectile dysfunction: exact F1
    // 0.405 (P 0.716), category F1 0.496, outside-R recall 0.273. A former smoker
    // is not also coded as currently dependent from another "smoking" of the same note, and passive smoking is exposure
    // (Z77.22): one gold F17.200 of a patient who "stopped smoking" lost. The infectious agent a culture identifies coded
    // as the cause (B95–B97; 39 of 53 right): exact F1 0.410 (P 0.716), category F1 0.502, outside-R recall 0.280.
    // Index main terms "blurred vision" (H53.8), "scar" (L90.5), "mental retardation" (F79): exact F1 0.412 (P 0.717),
    // category F1 0.504, outside-R recall 0.283. Hemiplegia's default dominant side, and the morphologies seminoma, germ
    // cell tumour, nephroblastoma, lymphangioma and ameloblastoma: exact F1 0.414 (P 0.718), category F1 0.505, outside-R
    // recall 0.285. The weeks of a stated pregnancy (Z3A; 7 of 8 right): exact F1 0.415 (P 0.718), category F1 0.506,
    // outside-R recall 0.286. "Paresis" as the Index's paralysis (G83.9) and stated palliative care (Z51.5): exact F1 0.416
    // (P 0.719), category F1 0.507, outside-R recall 0.288. Thirteen more Index main terms no title carries
    // (cardiorespiratory arrest, macular edema, vasculitis, neuralgia, pneumomediastinum, lymphopenia…; +28 right, no
    // wrong): exact F1 0.420 (P 0.721), category F1 0.511, outside-R recall 0.292. Invagination, subdural empyema,
    // diastema, tubulointerstitial nephritis: exact F1 0.421 (P 0.723), category F1 0.513, outside-R recall 0.294.
    // Digestive Index main terms (peritoneal irritation K65.9, diverticula K57.90, Meckel diverticulum, obstructive jaundice
    // K83.1, melenic stools K92.1, caries K02.9; +17 right, 2 wrong, 3 jaundice R17 the obstruction now explains): exact
    // F1 0.423 (P 0.724), category F1 0.515, outside-R recall 0.297.
    // Loss of vision takes the Index's sided subterm where the sentence states one side (H54.61/H54.62/H54.3; +12 right,
    // +1 wrong): exact F1 0.426 (P 0.726), category F1 0.517, outside-R recall 0.299.
    // A mass in the kidney (N28.89), bladder clots (N32.89), hydrothorax as J94.8 (not J90), and a disc hernia never the
    // abdominal K46.9 (+11 right, 2 wrong removed): exact F1 0.427 (P 0.727), category F1 0.518, outside-R recall 0.301.
    // "Insulin-dependent diabetes" of no stated type as E11.9 + Z79.4, not E10.9 (+3 right, 2 wrong removed): exact F1
    // 0.428 (P 0.728), category F1 0.519, outside-R recall 0.302.
    // Other conditions' words no longer read as this one ("OA" of both eyes, "hypotensive drugs", "gall bladder calculus",
    // Ludwig's/intestinal/post-infarction angina, renal vein thrombosis, fecal incontinence and bare "incontinence" not
    // N39.42; +7 right, 14 wrong removed, 3 new ones the coders left out (fecal incontinence, renal vein thrombosis), 1 symptom R10.9 now
    // explained): exact F1 0.429 (P 0.731), category F1 0.521,
    // outside-R recall 0.303.
    // A tumour of unstated behaviour at a named site as the table's D49 code of that site, unless the document codes a
    // neoplasm whose behaviour it states ("bladder tumor" D49.4; +18 right, 23 wrong, most of them tumours whose histology
    // the coders coded and the engine does not read): exact F1 0.432 (P 0.728), category F1 0.524, outside-R recall 0.308.
    // Stated allergies to penicillin and to radiographic contrast as allergy status (Z88.0, Z91.041; a "history of allergy"
    // is that status) and a patient who needs a wheelchair (Z99.3): +7 right, 1 wrong; exact F1 0.433 (P 0.728), category F1
    // 0.525, outside-R recall 0.309.
    // "Coronary disease" as I25.10 (not I25.119) and psoas abscess K68.12: +3 right, 1 wrong removed, 1 new (a past acute
    // coronary disease with a bypass); exact F1 0.433 (P 0.728), category F1 0.525, outside-R recall 0.309.
    // Necrosis of the skin or the digits as I96 (tumour and fat necrosis still not), pyohydronephrosis, osteoarthritis of
    // both hips/knees (M16.0/M17.0): +6 right, 1 wrong removed; exact F1 0.434 (P 0.729), category F1 0.526, outside-R
    // recall 0.310.
    // Titles' laterality placeholders ("Ocular pain, unspecified eye") no longer hiding eye and ear conditions, a bilateral
    // side to the title naming no organ of the pair, eyelid ptosis and edema (+12 right; most of the new wrong ones are eye
    // codes FY2026 splits by side or type where the 2018 gold is coarser): exact F1 0.434 (P 0.723), category F1 0.530,
    // outside-R recall 0.312.
    // Intracranial hypertension as G93.2 (not I10), hypoacusis as hearing loss, and a curated code stated plainly by another
    // mention kept beside another chapter's refinement of one (+5 right, no wrong): exact F1 0.435 (P 0.724), category F1
    // 0.530, outside-R recall 0.313.
    // The lead's assertion, lab and concept fixes of the same pass (pseudo-triggers after "without", six-word reach of
    // uncertainty, fluid-sampling procedures, pericardial effusion, end-stage renal failure, MI as an abbreviation, limb
    // pain by limb and side, POAG, edema of the legs in any order): at 6bf2dca exact F1 0.436 (P 0.724, tp 2,595, fp 988),
    // category F1 0.532, outside-R recall 0.313.
    // Neoplasms (cod-a): "bone metastases" kept beside a metastasis the table places at another site of C79, the site after
    // "metastasis of" that opens another tumour read as that tumour's primary, "cystic" alone no cystic duct, testicle,
    // intrahepatic (+6 right, 7 wrong removed); with the lead's lasting conditions stated as history: exact F1 0.438
    // (P 0.727, tp 2,610, fp 982), category F1 0.533, outside-R recall 0.315.
    // A myocardial infarction of a named wall coded to its wall (I21.19/I21.09/I21.29) and an old MI in a history (I25.2;
    // +4 right, 3 wrong removed), and the status a past hysterectomy or gastrectomy leaves (Z90.710, Z90.3; coded only when
    // the procedure is past: +11 right, 8 wrong, most of them past hysterectomies the coders left out): exact F1 0.441
    // (P 0.727, tp 2,628, fp 987), category F1 0.534, outside-R recall 0.318.
    // Decreased visual acuity as visual loss (H54.7, sided), serous macular detachment H33.2-, lymphomas of a named type
    // over C85.90, and "ruling out"/"discarding" as negation (3 of the lost codes are conditions the coders coded although
    // the text rules them out): exact F1 0.441 (P 0.727, tp 2,634, fp 990), category F1 0.535, outside-R recall 0.319.
    // LOWERED ON PURPOSE (lead): a negative test result and what a test looks for are not diagnoses. "HIV serology was
    // negative", "Serology for HBV, HCV and HIV negative" and "serology for toxoplasmosis was requested" used to code B20,
    // B19.x and B58.9; the CodiEsp coders coded the tested diseases of such negative panels too (45 of the 46 right codes
    // this removes are negative or requested serologies; 6 wrong ones go), but the issue's guarantee is that a negated or
    // hypothetical mention is never coded, and coding a patient as having HIV disease from a negative test is the error a
    // coder must never see. Title-letter "A" (+3 right) in the same pass: exact F1 0.433 (P 0.724, tp 2,568, fp 977),
    // category F1 0.528, outside-R recall 0.308. Merged with the MI-wall and Z90 change above: exact F1 0.435 (P 0.725,
    // tp 2,583, fp 982), category F1 0.529, outside-R recall 0.311.
    // An adult's BMI beside a weight diagnosis (Z68; +5 right, 5 wrong in malnutrition cases the coders left uncoded), ureteral
    // dilatation N28.82, long-term systemic steroids Z79.52, "ethylic"/"enolic" as alcoholic and alcoholic chronic
    // pancreatitis K86.0: exact F1 0.442 (P 0.727, tp 2,641, fp 994), category F1 0.536, outside-R recall 0.320 before the
    // serology change; with it: exact F1 0.436 (P 0.724, tp 2,596, fp 989), category F1 0.530, outside-R recall 0.313.
    // Both merged (cod-a's visual loss, serous detachment, lymphoma types and "ruling out" with the lead's negative tests):
    // exact F1 0.435 (P 0.724, tp 2,589, fp 985), category F1 0.530, outside-R recall 0.312.
    // With the BMI, ureter, steroid and alcoholic-liver increment: exact F1 0.437 (P 0.724, tp 2,602, fp 993), category F1
    // 0.531, outside-R recall 0.314.
    // A past heart valve replacement and a prosthetic valve (Z95.2), home oxygen (Z99.81), nasal obstruction (J34.89), lung
    // lesion or cavitation (J98.4), hepatorenal polycystosis (Q61.3): +10 right, 1 wrong; with the lead's suspected-subject
    // assertions: exact F1 0.438 (P 0.724, tp 2,610, fp 994), category F1 0.532, outside-R recall 0.315.
    // A stenosis, atheroma or lesion stated of a coronary artery as I25.10 (+3 right, 2 wrong removed, 1 new: an angina
    // beside it now the combination I25.119): exact F1 0.438 (P 0.725, tp 2,613, fp 993), category F1 0.533, outside-R
    // recall 0.316. A hernia named for another organ no longer K46.9 (4 wrong removed): exact F1 0.438 (P 0.725, tp 2,613, fp 989).
    // A mass, nodule or cyst of the testis (N50.9, N44.2) and a perforation of a named part of the bowel (K63.1) as the Index
    // codes them (+11 right, 2 wrong: nodules of testes the coders left uncoded); with the lead's coordinated titles: exact
    // F1 0.441 (P 0.725, tp 2,630, fp 996), category F1 0.535, outside-R recall 0.319.
    // Odontogenic tumours and odontomas as the lower jaw's benign neoplasm D16.5 (+5 right, 3 D49.2 removed, 1 new: a
    // keratocystic odontogenic tumour the coders coded as malignant), Candida/Aspergillus/gonococcus grown in culture as their
    // infection (B37.9, B44.9, A54.9), thrombopenia and coagulation disorder (+9 right, 1 wrong); merged with the
    // testis and bowel Index terms: exact F1 0.442 (P 0.726, tp 2,644, fp 996), category F1 0.537, outside-R recall 0.321.
    // Lead, 2026-12-07 (second pass): modifiers coordinated in the text share their head, and every site coordinated with
    // a metastasis holds one (+10 right, 0 net wrong on its own); merged: exact F1 0.444 (P 0.727, tp 2,654, fp 996),
    // category F1 0.538, outside-R recall 0.323.
    // A condition of both sides with no bilateral code coded once per side (guideline I.B.13: "pain in both wrists" →
    // M25.531 + M25.532; +5 right, 2 wrong: a bilateral testicular pain the coders left open) and a terminology code whose
    // title names more than "unspecified" joining a category a curated code holds (pansinusitis J32.4 beside J32.9,
    // bifascicular block I45.2, D68.52 beside D68.59; +8 right, no wrong): merged with the
    // lead's coordination: exact F1 0.445 (P 0.728, tp 2,667, fp 998), category F1 0.538, outside-R recall 0.325.
    // Curated concepts in lasting_conditions.json's ranges marked chronic, so a history of them is current (+5 right, 3 wrong,
    // 2 in the gold's category; cod-a's placing of metastases by the sites before them is the lead's change above);
    // merged: exact F1 0.446 (P 0.727, tp 2,672, fp 1,001), category F1 0.539, outside-R recall 0.326.
    // Lead: "X of Y" also as "X in Y", and a site after of/in shared with the site coordinated after it (+3 right, 0 wrong);
    // merged with main: exact F1 0.446 (P 0.728, tp 2,676, fp 1,001), category F1 0.539, outside-R recall 0.326.
    // A terminology diagnosis no longer dropped for an Excludes1 note that pairs it with a curated symptom (Excludes1
    // resolution keeps the diagnosis: O21.0 over R11.10, I88.9 over R59.9, M62.81 over R53.1; 6 diagnoses right for 5
    // symptoms the coders coded too) and Index terms for cryptorchidism, the urachus, a pelvic kidney, tonsillar hypertrophy
    // and hyperemesis gravidarum (+8 right, 1 wrong): merged with the lead's "X in Y":
    // exact F1 0.447 (P 0.728, tp 2,684, fp 1,002), category F1 0.541, outside-R recall 0.329.
    // A relative clause after a relative kept the relative's ("His father, who had diabetes"): 1 right lost, a garbled
    // translation whose mother "attended our clinic due to divergent strabismus" the child has (noise);
    // merged: exact F1 0.447 (P 0.728, tp 2,683, fp 1,004), category F1 0.541, outside-R recall 0.328 (the family scope
    // alone: -1 right, no wrong).
    // Index terms for a catarrh (J00) and an embedded ("included") tooth (K01.0): +6 right, 1 wrong (a past catarrhal
    // process); merged with the family scope:
    // exact F1 0.448 (P 0.728, tp 2,689, fp 1,005), category F1 0.542, outside-R recall 0.329.
    // "Pruritic" as the Index's pruritus L29.9 (+2 right, 1 wrong: a pruritic candidiasis): exact F1 0.448 (P 0.728,
    // tp 2,691, fp 1,006), category F1 0.542, outside-R recall 0.330.
    // Lead: organ adjectives as their nouns in the terminology (vertebral osteomyelitis M46.20, ileal Crohn's K50.00;
    // −1 right, +1 wrong: the coders' less specific codes beside them); merged with the above: exact F1 0.448 (P 0.728,
    // tp 2,690, fp 1,007), category F1 0.542, outside-R recall 0.330.
    // A comma and a possessive end every assertion scope (", her mother had breast cancer" no longer makes the patient's
    // diabetes and hypertension before it the mother's): +1 right (I10), 1 right lost and 1 wrong (the diabetes now combines
    // with the hyperglycemia: E11.65 for the coders' E11.9 + R73.9): merged:
    // exact F1 0.448 (P 0.727, tp 2,690, fp 1,008), category F1 0.542, outside-R recall 0.330.
    // A myocardial infarction stated as past coded as the old one I25.2 (guideline I.C.9.e.4; +1 right, 2 wrong: histories
    // of infarction the coders coded as a current STEMI I21.3), and a short form in parentheses after other words or
    // hyphen-joined to a code-like word not read as its condition ("septal defect (MI)", "123I-MI", "(mi)": 3 wrong I21.9
    // removed; 1 right lost: a cytomegalovirus serology extended "to cytomegalovirus (CMV)" the coders coded, not a
    // diagnosis): exact F1 0.448 (P 0.728, tp 2,690, fp 1,007), category F1 0.542 (0.5419, −0.0001), outside-R recall 0.330.
    // Merged with the lead's lasting conditions by code: exact F1 0.448 (P 0.728, tp 2,691, fp 1,007), category F1 0.542,
    // outside-R recall 0.330.
    // Hypertension with a kidney disease refined to stage 5 by the words around it as I12.0 (guideline I.C.9.a.2; 2 I12.9
    // become I12.0, both in cases the coders coded no hypertensive kidney disease): unchanged.
    // A title naming the organ by its adjective also read as "<condition> of/in <organ>" ("pain in the right testicle"
    // N50.811, "varices in esophagus" I85.00, "varices in gastric …" I86.4, "pain in the right eye" H57.11; +5 right, 3 wrong:
    // two small-bowel obstructions K56.609 the 2018 gold codes K56.60, a conjunctival edema): exact F1 0.449 (P 0.728,
    // tp 2,696, fp 1,010), category F1 0.543, outside-R recall 0.331.
    // A tonic-clonic (grand mal) seizure coded as the tabular's "Grand mal seizure NOS" G40.409 (the coders' R56.9 beside it is
    // the symptom the diagnosis explains), Langerhans-cell histiocytosis as C96.6, and "renal metastasis of pulmonary
    // carcinoma" placed at the kidney: exact tp 2,693, fp 1,009 (F1 0.448), outside-R tp 1,969 → 1,977 (recall 0.331).
    // A negated outcome of care ("does not improve and starts to present diplopia") no longer negates what follows it,
    // lymphopenia is D72.810 and protein-energy malnutrition the tabular's protein-calorie one; merged with main:
    // exact F1 0.449 (P 0.728, tp 2,698, fp 1,010), category F1 0.543, outside-R recall 0.332 (tp 1,981).
    // Bare "bipolar" (bipolar electrocoagulation) no longer F31.9 (3 wrong removed), "anemia due to iron deficiency" as D50.9
    // (+1 right, 2 right lost: the coders' D64.9 and E61.1 beside it), heavy drinking as F10.10 (+1 right, +1 wrong) and
    // bracketed title words as alternatives ("oculomotor nerve palsy"; no dev change); merged with the TCGA helper's
    // sites: exact F1 0.449 (P 0.728, tp 2,699, fp 1,006), category F1 0.543, outside-R recall 0.332 (tp 1,982).
    // Merged with cod-b's organ "of/in" reading, I25.2 for a past MI and the abbreviation reading above: exact
    // F1 0.450 (P 0.728, tp 2,704, fp 1,009), category F1 0.544, outside-R recall 0.333 (tp 1,987).
    // A site named as a metastasis's origin ("carcinoma of renal origin") read as the primary and "could correspond to" as
    // uncertain (+2 right, 3 wrong removed): exact F1 0.449 (P 0.729, tp 2,701, fp 1,003), category F1 0.544 (fp 613),
    // outside-R recall 0.332 (tp 1,984).
    // Merged with the above: exact F1 0.450 (P 0.729, tp 2,709, fp 1,009), category F1 0.545, outside-R recall 0.334 (tp 1,992).
    // "Emphysematous" alone as J43.9 only where the lung is named (2 wrong removed: an emphysematous cyst of the bladder, a
    // pericystic emphysematous abscess): exact F1 0.450 (P 0.728, tp 2,707, fp 1,010), category F1 0.545, outside-R recall 0.333.
    // "Located"/"situated" skipped inside a term ("stones located in the right kidney" N20.0; +1 right, no wrong): exact F1
    // 0.450 (P 0.728, tp 2,708, fp 1,010), category F1 0.545, outside-R recall 0.333.
    // Cleft lip with cleft palate as Q37.9 (+1 right, 2 wrong Q35.9/Q36.9 removed): exact F1 0.450 (P 0.729, tp 2,709,
    // fp 1,008), category F1 0.545, outside-R recall 0.334.
    // Merged with cod-a's origin reading: exact F1 0.451 (P 0.730, tp 2,711, fp 1,004), category F1 0.546, outside-R recall
    // 0.334 (tp 1,994).
    // Keratosis pilaris as L85.8, not actinic keratosis L57.0 (+1 right, 1 wrong removed): exact F1 0.451 (P 0.730, tp 2,712,
    // fp 1,003), category F1 0.546, outside-R recall 0.334 (tp 1,995).
    // Carcinomatosis as C80.0 and peritoneal carcinomatosis as C78.6 (+1 right): exact F1 0.450 (P 0.729, tp 2,710,
    // fp 1,008), category F1 0.546, outside-R recall 0.334 (tp 1,993).
    // Merged with the above: exact F1 0.451 (P 0.730, tp 2,713, fp 1,003), category F1 0.546, outside-R recall 0.334 (tp 1,996).
    // A finding of the eye whose nearest words name no side takes the eye its sentence names (also "RE", "LE", "OI", "AO"
    // in capitals), else the one eye the report names (EyeSide; +8 sided codes right, 4 right lost: open codes the coders
    // left open, now sided): exact F1 0.452 (P 0.731, tp 2,717, fp 999), category F1 0.546, outside-R recall 0.335 (tp 2,000).
    // A cyst placed in the kidney (N28.1) and an effusion placed in the knee (M25.46-) composed of finding and site, a
    // "pericardium effusion" as I31.39 (2 wrong J90 removed) and "scarring" or a scar of the abdominal midline, umbilicus or
    // a paramedian incision as L90.5 (+6 right): exact F1 0.452 (P 0.731, tp 2,719, fp 1,002), category F1 0.547, outside-R
    // recall 0.335 (tp 2,002). Merged with the eye sides: exact F1 0.452 (P 0.732, tp 2,723, fp 998), category F1 0.547,
    // outside-R recall 0.336 (tp 2,006).
    // The encounter's own verbs ("admitted", "consulted", "came to", "complained", "began") end a history or negation
    // scope but keep a relative as their subject, actions negated ("was not performed", "without achieving") are
    // pseudo-triggers, and "follow up"/"risk of"/"detecting" reach only the next words (+25 right, 8 wrong): exact F1
    // 0.454 (P 0.730, tp 2,738, fp 1,011), category F1 0.550, outside-R recall 0.336 (tp 2,006).
    // Merged with the eye sides: exact F1 0.455 (P 0.731, tp 2,742, fp 1,007), category F1 0.550, outside-R recall 0.337
    // (tp 2,010). Merged with the kidney cyst, knee effusion and scar reading: exact F1 0.455 (P 0.732, tp 2,748, fp 1,006),
    // category F1 0.551, outside-R recall 0.338 (tp 2,016).
    // A stated elevation of bilirubin composed as hyperbilirubinemia E80.7 (+4 right), a short form hyphen-joined after
    // "anti" read as an antibody's target ("anti-GBM antibodies" no longer C71.9) and "was/were also negative" read as
    // "was negative" (a negative sickle cell test no longer D57.1): exact F1 0.453 (P 0.733, tp 2,727, fp 996), category
    // F1 0.548, outside-R recall 0.337 (tp 2,010).
    // Merged with the encounter verbs, kidney cyst, knee effusion and scars: exact F1 0.456 (P 0.733, tp 2,752, fp 1,004),
    // category F1 0.551, outside-R recall 0.338 (tp 2,020).
    // Abdominal pain and tenderness by region (R10.1-R10.3, R10.81-R10.82; +7 right, 5 lost, 13 wrong: the coders often gave
    // R10.9 for a pain the text places in a quadrant, which the guideline's most specific code does not): exact F1 0.455
    // (P 0.730, tp 2,750, fp 1,019), category F1 0.552, outside-R recall 0.338.
    // Merged with bilirubin, anti- and "also negative": exact F1 0.456 (P 0.730, tp 2,754, fp 1,017), category F1 0.553,
    // outside-R recall 0.338 (tp 2,020).
    // Transplant statuses (Z94.0-Z94.84) from a past transplant and Z79.02 from the antiplatelet drugs (+3 right, 2 wrong):
    // exact F1 0.456 (P 0.730, tp 2,757, fp 1,019), category F1 0.553, outside-R recall 0.339 (tp 2,023).
    // Angina pectoris (I20) as a lasting condition ("a history of ... repeated angina" +1 right; one CAD with angina now the
    // combination I25.119 where the coders kept I25.10), an arteriovenous fistula as the Index's I77.0 (+4 right, +1 wrong:
    // a coronary one), "digestive bleeding" as K92.2 and a finding said to be normal right after it negated ("Cardiopulmonary
    // arrest normal.", 1 wrong I46.9 removed): exact F1 0.453 (P 0.732, tp 2,727, fp 999), category F1 0.548, outside-R
    // recall 0.337 (tp 2,010).
    // Merged with the transplant statuses and antiplatelets: exact F1 0.457 (P 0.731, tp 2,762, fp 1,019), category F1
    // 0.554, outside-R recall 0.340 (tp 2,028).
    // "Staphylococcus epidermis" as B95.7 (+1 right, 1 wrong B95.8), a metastasis stated as history kept as present disease
    // and a primary stated as history coded while its sentence says it is still treated (guidelines I.C.2.d, I.C.2.m; +5
    // right: C61, C67.9, C79.51 twice, C78.00; TCGA site recall 0.919 and wrong site 0.022 unchanged or better): exact F1 0.457
    // (P 0.733, tp 2,758, fp 1,003), category F1 0.552, outside-R recall 0.339 (tp 2,026).
    // Merged with the abdominal regions: exact F1 0.457 (P 0.731, tp 2,760, fp 1,016), category F1 0.554, outside-R recall
    // 0.339 (tp 2,026).
    // Merged with the transplant statuses, antiplatelets and angina: exact F1 0.457 (P 0.731, tp 2,768, fp 1,018),
    // category F1 0.555, outside-R recall 0.341 (tp 2,034).
    // A limb or joint named in the plural read as both of its pair ("pain in the lower limbs" → M79.604 and M79.605; +4
    // right, 2 wrong M79.606 removed): exact F1 0.457 (P 0.731, tp 2,766, fp 1,017), category F1 0.554, outside-R recall
    // 0.340 (tp 2,032).
    // Merged with the metastasis history and Staphylococcus epidermidis: exact F1 0.458 (P 0.732, tp 2,772, fp 1,016),
    // category F1 0.554, outside-R recall 0.341 (tp 2,038).
    // A negative result read back onto every item of its list of tests (2 right lost where the coders coded an HIV and a
    // hepatitis B test that the text says were negative, 1 wrong removed): exact F1 0.456 (P 0.730, tp 2,755, fp 1,018),
    // category F1 0.553, outside-R recall 0.338 (tp 2,021).
    // Merged with the list of tests read as negative: exact F1 0.457 (P 0.731, tp 2,766, fp 1,017), category F1 0.554,
    // outside-R recall 0.340 (tp 2,032).
    // Merged with the limbs in the plural: exact F1 0.458 (P 0.732, tp 2,770, fp 1,015), category F1 0.554, outside-R recall
    // 0.341 (tp 2,036).
    // The eye a report names read only from "right eye", "left eye" and "both eyes", and "RE"/"LE" no longer eye sides
    // anywhere (regarding, lower extremity): +1 right (a posterior synechia now H21.542 where RE and LE beside it left it
    // open), 1 wrong removed: exact F1 0.458 (P 0.731, tp 2,769, fp 1,017), category F1 0.555, outside-R recall 0.341 (tp 2,035).
    // Merged with the limbs in the plural and the list of tests read as negative: exact F1 0.458 (P 0.732, tp 2,771,
    // fp 1,014), category F1 0.554, outside-R recall 0.341 (tp 2,037).
    // Hepatomegaly with splenomegaly as the combination R16.2, "hepatosplenic enlargement" and "splenic enlargement" (+2 right,
    // 1 wrong R16.0 removed).
    // Merged with the eye sides read only from the eye's own words: exact F1 0.458 (P 0.732, tp 2,773, fp 1,013), category F1
    // 0.554, outside-R recall 0.341 (tp 2,037).
    // Smoking stated as past as Z87.891 (the nicotine concepts' history code; "quit" dates a habit as history; MTS +11
    // right by reading; CodiEsp +3 right, 9 wrong where the coders read a translated "history of smoking" as current
    // smoking): merged with main, exact F1 0.458 (P 0.731, tp 2,774, fp 1,023), category F1 0.555, outside-R recall 0.342
    // (tp 2,040).
    // Merged with R16.2 and the eye sides: exact F1 0.458 (P 0.731, tp 2,776, fp 1,022), category F1 0.555, outside-R recall
    // 0.342 (tp 2,040).
    // "it was considered that" read as a conclusion, not an uncertainty (+1 right: a cause of death's urinary tract
    // infection).
    // Merged with the smoking history: exact F1 0.458 (P 0.731, tp 2,777, fp 1,022), category F1 0.555, outside-R recall
    // 0.342 (tp 2,041).
    // A negative result read back past the bare types that share a mention's head ("Hepatitis B and C serology was
    // negative"): 2 right lost where the coders coded a hepatitis B the text says tested negative (B19.10), nothing else
    // moves: exact F1 0.458 (P 0.732, tp 2,769, fp 1,014), category F1 0.554, outside-R recall 0.341 (tp 2,035).
    // A lymphoma's site character from the site its sentence states (Table of Neoplasms: lymph node regions C77.0–C77.5,
    // spleen, organs): one code moves (a testicular lymphoma C85.90 → C85.99, wrong before and after: the gold reads its
    // "diffuse large cell ... type B" as C83.39); MTS: "skin lymphoma" → C85.99. Scores unchanged.
    // Merged with "it was considered that" and the smoking history: exact F1 0.458 (P 0.731, tp 2,775, fp 1,022), category F1
    // 0.555, outside-R recall 0.341 (tp 2,039; main 0.342 with tp 2,041: the two negative hepatitis B serologies above).
    // "#" in a term for any number and a rate of cigarettes or packs as F17.210 (+2 right, 1 lost, where the coders kept
    // F17.200), merged with main: exact F1 0.458 (P 0.731, tp 2,777, fp 1,023), category F1 0.555, outside-R recall 0.342
    // (tp 2,041).
    // Merged with "it was considered that": exact F1 0.459 (P 0.731, tp 2,778, fp 1,023), category F1 0.555, outside-R
    // recall 0.342 (tp 2,042).
    // Merged with the lymphoma sites and "hepatitis B and C ... negative": exact F1 0.458 (P 0.731, tp 2,776, fp 1,023),
    // category F1 0.555, outside-R recall 0.342 (tp 2,040).
    // A hemangioma of unspecified site given the site its sentence states (the lymphoma's site reading, shared): no CodiEsp
    // code moves (the dev set's hemangiomas name their site in other sentences or words the table lacks: "intraosseous").
    // The ninth pass's end (all helpers merged, `6ca29ce`): exact F1 0.458 (P 0.731, tp 2,776, fp 1,023), category F1
    // 0.555, outside-R recall 0.342 (tp 2,040); the floors sit a little below.
    // Tenth pass (cod-a): herpes and a stated cytomegalovirus infection from the Index (B00.9, B25.9; never the bare virus a
    // serology looks for), "toxoplasmic" chorioretinitis (B58.01) and "serologies of" / "serology to" as test triggers:
    // +8 right, +1 wrong, 2 right lost (a negative serology list the coders coded): exact F1 0.4589 (P 0.731, tp 2,781,
    // fp 1,024), category F1 0.5556, outside-R recall 0.3424 (tp 2,045).
    // A two-word site before its condition read after "of" ("hypoplasia of the optic nerve"), classic dengue, Graves-Basedow
    // and protein-caloric malnutrition: +5 right, 2 lost (one more specific code each): exact F1 0.4593 (tp 2,784, fp 1,024),
    // category F1 0.5559, outside-R recall 0.3429 (tp 2,048).
    // Arthralgia placed in a joint coded as that joint's pain ("arthralgias in both knees", "gonalgia"), synovitis and
    // tenosynovitis named alone as M65.90, "a year and a half history of" read as a duration and "hemiscrotum" as the
    // scrotum: +6 right (M25.561/M25.562 twice, M25.551, N50.82), 1 lost (M25.50 beside the knees' own codes), and three
    // M65.90 against the 2018 gold's M65.9 (FY2026 split it by site: right by category, wrong exactly; exact P 0.7307 →
    // 0.7305): exact F1 0.459 (P 0.730, tp 2,781, fp 1,026), category F1 0.555 (tp 3,044), outside-R recall 0.342 (tp 2,045).
    // Merged with the herpes/cytomegalovirus increment and the two-word sites: exact F1 0.4595 (P 0.731, tp 2,787, fp 1,027),
    // category F1 0.5565 (tp 3,052), outside-R recall 0.3434 (tp 2,051).
    // Retinal hemorrhages below, in and before the retina (H35.6-), the ocular nerve palsies by number or Spanish name
    // (H49.-), paresis and paralysis read as palsy, and Chiari type I with the type first: +6 right, +4 wrong (retinal
    // hemorrhages whose eye the coders read from "RE"/"OD", right by category). Merged: exact F1 0.4601 (P 0.730, tp 2,793,
    // fp 1,031), category F1 0.558 (tp 3,062), outside-R recall 0.3444 (tp 2,057).
    // A myocardial infarction dated directly by a year earlier than the latest the report names read as past ("myocardial
    // infarction in 1999" in a report seen in 2000 → I25.2): +1 right, 1 wrong gone (I21.9): exact F1 0.4597 (P 0.731,
    // tp 2,788, fp 1,026), category F1 0.5567 (tp 3,053), outside-R recall 0.3436 (tp 2,052).
    // Merged with the retinal/nerve-palsy increment: exact F1 0.4603 (P 0.731, tp 2,794, fp 1,029), category F1 0.5578
    // (tp 3,062), outside-R recall 0.3446 (tp 2,058).
    // A high creatinine (R94.4, never in the gold) given way to a documented kidney disease that explains it (glomerular
    // disease, renal insufficiency N28.9, hypertensive CKD, ...), merged with the short-form abbreviations: 5 wrong gone,
    // nothing lost: exact F1 0.4606 (P 0.732, tp 2,794, fp 1,021), category F1 0.5582 (fp 608), outside-R recall 0.3446.
    // "Biliary lithiasis" read as gallstones (K80.20), merged with main's test-name assertions: +1 right: exact F1 0.4609
    // (P 0.733, tp 2,795, fp 1,018), category F1 0.5584 (tp 3,062), outside-R recall 0.3448 (tp 2,059).
    // The lead's review removed the misspelling "Staphylococcus epidermis" (two dev reports' translation, no clinical term):
    // 1 right lost, 1 wrong back (B95.8): exact F1 0.4607 (P 0.733, tp 2,794, fp 1,019), category F1 0.558, outside-R
    // recall 0.345 (tp 2,058).
    // Long-term drug therapy (Z79) and dependence on dialysis, a wheelchair or oxygen (Z99) as statuses that last when a
    // history states them ("a history of renal failure on hemodialysis since 2005"), dialysis programmes and named systemic
    // steroids taken chronically composed with "chronic"/"maintenance"/"on" (+13 right, +5 wrong: 3 patients on regular
    // hemodialysis the coders gave no Z99.2, 2 oral anticoagulants): exact F1 0.4622 (P 0.733, tp 2,807, fp 1,024), category
    // F1 0.5598 (tp 3,075), outside-R recall 0.3468 (tp 2,071).
    // Merged with main (granulomas, lymph node regions): exact F1 0.4628 (tp 2,811, fp 1,022). The Index's swelling of the
    // testis or scrotum (N50.89), pain of the penis or glans (N48.89) and penile induration (N48.6): +6 right, +1 wrong (an
    // "indurated penis area" the coders gave N48.9): exact F1 0.4635 (P 0.734, tp 2,817, fp 1,023), category F1 0.5610
    // (tp 3,084), outside-R recall 0.3481 (tp 2,079); merged with main's assertion change, fp 1,024.
    // A bacterium resistant to a penicillin (methicillin, amoxicillin, ampicillin ...) as Z16.11, superseded by the MRSA
    // combination codes (guideline I.C.1.c, I.C.1.e): +3 right, none wrong: exact F1 0.4638 (P 0.734, tp 2,820, fp 1,024),
    // category F1 0.5613 (tp 3,087), outside-R recall 0.3486 (tp 2,082).
    // Eleventh pass (cod-a): a size between a tumour and its site skipped ("a tumor of 5 x 3 cm in the tongue"), ten organ
    // adjectives ("penile", "jejunal", ...), the elided type of "hepatitis B and C" read as a finding of its own (B19.20), a
    // historical trigger after "diagnosed" dating the onset of a lasting condition ("alcoholic hepatitis diagnosed eight
    // years ago"), and an infant's age ("five months old, suffered from strabismus") no "old" trigger: +4 right (C17.1,
    // B19.20, K70.10, H50.9), +1 wrong (a "tumor ... in the sinus region" of the sella). Keeping D49 beside a neoplasm
    // at another table row was tried and backed out (+5 right, +7 wrong: tumours the report later shows to be metastases).
    // Merged with main: exact F1 0.4639 (P 0.7335, tp 2,821, fp 1,025), category F1 0.5613 (tp 3,087), outside-R recall
    // 0.3488 (tp 2,083); TCGA unchanged (1,763 found, 37 wrong).
    // Personal history codes for past episodes of DVT (Z86.718), pulmonary embolism (Z86.711), TIA (Z86.73), tuberculosis
    // (Z86.11), urinary infections (Z87.440) and urinary calculi (Z87.442), guideline I.C.21.c.4: +2 right, 1 right lost (a
    // tuberculosis of 2007 the coders gave A15.0), +6 wrong (histories the coders coded as the condition itself): a deliberate
    // trade of about -0.0005 exact F1 for the guideline. Merged with main: exact F1 0.4644 (P 0.733, tp 2,826, fp 1,029),
    // category F1 0.5617 (tp 3,092), outside-R recall 0.3496 (tp 2,088).
    // Merged with main (relatives, genes): exact F1 0.4640 (tp 2,821, fp 1,022). An allergy to sulfonamides as Z88.2 and a
    // renal microlithiasis as N20.0: +2 right, none wrong: exact F1 0.4643 (P 0.734, tp 2,823, fp 1,022), category F1 0.5618
    // (tp 3,090), outside-R recall 0.3491 (tp 2,085).
    // Merged with cod-a's eleventh-pass increment: exact F1 0.4647 (P 0.734, tp 2,827, fp 1,023), category F1 0.5622
    // (tp 3,093), outside-R recall 0.3498 (tp 2,089).
    // Merged with the lead's personal history codes: exact F1 0.4646 (P 0.733, tp 2,828, fp 1,029), category F1 0.5620
    // (tp 3,094), outside-R recall 0.3500 (tp 2,090).
    // "Metastatic" right before a site no morphology follows read as that site's secondary ("metastatic axillary lymph
    // nodes", "metastatic liver"), merged with main (Z16.11, DIC): +3 right (C78.7, C79.51, C77.9), 1 wrong gone (C79.9), 1
    // wrong added (a "metastatic bone series", a skeletal survey): exact F1 0.4649 (P 0.734, tp 2,828, fp 1,023), category F1
    // 0.5622 (tp 3,093), outside-R recall 0.3500 (tp 2,090); TCGA unchanged (1,765 found, 37 wrong).
    // Merged with the personal history codes: exact F1 0.4648 (P 0.733, tp 2,829, fp 1,029), category F1 0.5620 (tp 3,094),
    // outside-R recall 0.3501 (tp 2,091).
    // The Index's sialorrhea (K11.7) and dilatation of the stomach (K31.89; acute K31.0): +2 right, none wrong: exact F1
    // 0.4649 (P 0.733, tp 2,830, fp 1,029), category F1 0.5623 (tp 3,096), outside-R recall 0.3503 (tp 2,092).
    // Merged with the "metastatic" site reading: exact F1 0.4653 (P 0.734, tp 2,833, fp 1,029), category F1 0.5626
    // (tp 3,098), outside-R recall 0.3508 (tp 2,095).
    // A long-term drug therapy (Z79) the report begins ("anticoagulation with apixaban was started", "decided to initiate",
    // "received insulin") is not yet long-term use, a term hyphen-joined after "anti" ("anti-insulin antibodies",
    // "anti-hypertensive") is what a drug or antibody acts against, and the Index's thrombosis of the superficial dorsal vein
    // of the penis (N48.81), merged with main (a negation naming an earlier study): 10 wrong gone, +2 right, 1 right lost
    // (I82.90 beside the penile vein): exact F1 0.4656 (P 0.7355, tp 2,833, fp 1,019), category F1 0.5627 (tp 3,096),
    // outside-R recall 0.3508 (tp 2,095).
    // A time written after a later item of a list ("bronchial asthma, Henoch-Schonlein purpura in childhood") no longer
    // makes an earlier item historical (+1 right, J45.909), and a musculoskeletal code of an unspecified site takes the
    // site its joint or bone names (two M65.90 become M65.959; the coders' 2018 M65.9 matches neither), merged with main:
    // exact F1 0.4658 (P 0.7357, tp 2,834, fp 1,018), category F1 0.5629 (tp 3,097), outside-R recall 0.3510 (tp 2,096).
    // Merged with main (FY2026-billable scoring, assertion triggers): exact F1 0.4659 (fp 1,016; 0.493 against the current
    // gold), category F1 0.5628 (tp 3,096), outside-R recall 0.3510.
    // Twelfth pass (cod-a): "parotid/submandibular/sublingual gland" read as the salivary gland, not its lymph nodes (+2
    // right: C08.0, D18.09; 2 wrong gone: C77.0, D18.00); a tumour stated as a cause ("hydronephrosis due to bladder
    // neoplasia") coded at its site (+2 right: D49.4, D49.519); "recommended/advised/plans to quit smoking" a goal, no
    // former smoker (one right moves: Z87.891 → F17.210, the coders had both). Merged with main: exact F1 0.4657 (P 0.734,
    // tp 2,836, fp 1,027), category F1 0.5629 (tp 3,100), outside-R recall 0.3513 (tp 2,098); TCGA unchanged (1,767 found,
    // 34 wrong). Merged with the Z79 therapies begun: exact F1 0.4663 (P 0.736, tp 2,837, fp 1,016), category F1 0.5632
    // (tp 3,099), outside-R recall 0.3515 (tp 2,099). Merged with cod-b's list-item time reading and limb sites: exact F1
    // 0.4665 (P 0.737, tp 2,838, fp 1,012), category F1 0.5632 (tp 3,098), outside-R recall 0.3516 (tp 2,100).
    // Esophageal candidiasis as B37.81 and "hemovitreous" as a vitreous hemorrhage (H43.1-): +2 right (B37.81, H43.13), 1
    // right lost (B37.9, which the coders kept beside B37.81), +2 wrong (H43.10 where the eye is named in another sentence):
    // exact F1 0.4665 (P 0.738, tp 2,836, fp 1,007), category F1 0.5635 (tp 3,098), outside-R recall 0.3515 (tp 2,099).
    // Both merged (cod-b12 at 748b62a): exact F1 0.4668 (P 0.738, tp 2,838, fp 1,006; 0.494 against the FY2026-billable
    // gold), category F1 0.5638 (tp 3,100), outside-R recall 0.3517 (tp 2,101).
    // Thirteenth pass: injuries S00–T88 at their encounter base with the 7th character the document implies (ADR 017; the
    // coders wrote injury codes without it, so a right injury code matches by category only and costs exact precision),
    // assertion triggers (resemblance, questions, probability, prophylaxis), Index terms of chapters A–H and I–Z, past
    // procedures dated by year or age: exact F1 0.4678 (P 0.733, tp 2,856, fp 1,038; 0.495 against the FY2026-billable
    // gold), category F1 0.5700 (tp 3,148, fp 598), outside-R recall 0.3548 (tp 2,119); TCGA and IU unchanged.
    // Fourteenth pass: adverse effects, poisonings, toxic effects and underdosing from a named drug's class (ADR 018; few
    // in the gold, so they cost exact precision), S06 loss of consciousness, codes reserved for the other sex left out,
    // recurrent episodes with their history code, substance-only and "treated with" terms not read, assertion triggers
    // (diagnostic possibility, patients with, which ruled out, call for), sides kept to their own list item: exact F1
    // 0.4693 (P 0.736, tp 2,865, fp 1,029; 0.497 against the FY2026-billable gold), category F1 0.5716 (tp 3,157, fp 589),
    // outside-R recall 0.3563 (tp 2,128); TCGA and IU unchanged.
    private const double CodiEspExactF1Floor = 0.468;
    private const double CodiEspPrecisionFloor = 0.65;
    private const double CodiEspCategoryF1Floor = 0.571;
    private const double CodiEspOutsideRRecallFloor = 0.355;
}
