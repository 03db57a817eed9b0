namespace MedDoc.Engine.Coding;

/// <summary>
/// The shape of Rules/neoplasm_morphology.json: the morphology words that choose a column of the Table of Neoplasms,
/// the words that mark a mention as metastatic, spread into a site ("invading") or origin in it ("of", "arising in"), the words after a site that make it a structure the tumour invades or the operation spares, no tumour site ("pleural invasion", "pylorus-sparing"), the words of a surgical margin ("ureteral margin" is no tumour site), words that make a morphology the extension of a tumour placed elsewhere ("involvement by adenocarcinoma"), words after a morphology that make it in situ ("squamous cell carcinoma in situ"), words after it that make it no diagnosis ("cancer screening", "cancer center"),
/// adjectives that name a table site ("renal" → kidney), table rows too generic to stand alone as a site ("cavity"),
/// the words of each side, the categories where a carcinoma found is the spread of a tumour, never its origin (bone, nerve, peritoneum, soft tissue, pleura and mediastinum), the labels of a pathology report's site line ("Tumor site:"), and the sections that hold the clinician's diagnosis before the specimen was examined (a second primary stated only there is not coded),
/// and the grading systems proper to one organ's carcinoma (Gleason → prostate), which place a malignancy the sentence names no site for,
/// and the labels of a synoptic report's histologic-type field, coded even in the sections (listed) a field label above it can be mistaken for,
/// the overlapping-lesion codes that take a primary placed at several contiguous sites with no origin named (tubo-ovarian → C57.8),
/// the categories of an organ with its part unspecified, which give way to the part the report also names (uterus C55 → endometrium C54; intestine and ill-defined digestive sites C26 → colon C18),
/// the operations that name the organ they remove, for a specimen heading that names no site ("PARTIAL GLOSSECTOMY:" → tongue),
/// the words of the terminology one letter from a morphology word that OCR repair must never read as it ("hematoma" is not "hepatoma"),
/// the verbs of location that place a tumour at a site named further on in its sentence ("a mass located in the pancreatic head"),
/// the words before a tumour word of unspecified behaviour that make it a graded dysplasia, no tumour ("prostatic
/// intraepithelial neoplasia" is N42.3-, not D49.59),
/// and the sections whose header with a value on its own line is a field of a pathology report's form, not a section
/// ("Procedure: Radical nephrectomy": the lines below it belong to the section the form stands in),
/// and the words that open an example in brackets, no finding ("(Ex. Lung cancer)", "(e.g. tumors of pancreas)"),
/// and the words after an organ that name its serosa, where a carcinoma found has spread over the peritoneum ("Uterus,
/// serosa: serous carcinoma" is no uterine primary),
/// and the abbreviations of a malignancy read as one only right after the site they name ("Bladder CA", "LUL Ca"; alone
/// or before a number "CA" is a state, calcium or a tumour marker: "Dublin, CA", "CA 125"),
/// and the words of a tumour's size right after it, and those that lead the size, which stand between it and the site it
/// lies in ("a tumor of 5 x 3 cm in the tongue", "a tumor measuring 4 cm in diameter in the left kidney"),
/// and the adjectives of a metastasis that name the secondary of the site right after them when no morphology follows it
/// ("metastatic axillary lymph nodes" → C77.3; "metastatic lung cancer" is a lung primary),
/// and the words that make a line opening with a morphology the title of a synoptic form, no diagnosis and the end of the
/// specimen heading above ("Urothelial Carcinoma Pathologic Parameters"),
/// and the joining words that cannot end a statement, so that a line ending on one runs on into the next ("NO ... OR" /
/// "ADENOCARCINOMA IDENTIFIED"),
/// and the words after a site that make it the kind of a tumour, not its place ("adenocarcinoma of the colorectal type",
/// "mucinous adenocarcinoma, endocervical type"): such a site places the tumour only when nothing else does,
/// and the words before "to" that make it a cause, neither a spread nor a metastasis ("hydronephrosis due to a bladder
/// tumor", "pain secondary to a bladder tumor" place the tumour in the bladder).
/// </summary>
public sealed record NeoplasmRuleFile(
    string Source,
    string Example,
    IReadOnlyList<MorphologyRule> Morphologies,
    IReadOnlyList<string> MetastaticWords,
    IReadOnlyList<string> SpreadWords,
    IReadOnlyList<string> InvadedOrSparedWords,
    IReadOnlyList<string> OriginWords,
    IReadOnlyList<string> MarginWords,
    IReadOnlyList<string> ExtensionWords,
    IReadOnlyList<string> InSituWords,
    IReadOnlyList<string> NotDiagnosisWords,
    IReadOnlyDictionary<string, string> SiteAdjectives,
    IReadOnlyList<string> SpecimenWords,
    IReadOnlyList<string> GenericSites,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Laterality,
    IReadOnlyList<string> SpreadCategories,
    IReadOnlyList<string> ClinicalSections,
    IReadOnlyDictionary<string, string>? GradingSites = null,
    IReadOnlyList<string>? TypeFieldLabels = null,
    IReadOnlyList<string>? TypeFieldSections = null,
    IReadOnlyList<OverlappingSiteRule>? OverlappingSites = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? UnspecifiedParts = null,
    IReadOnlyDictionary<string, string>? ProcedureSites = null,
    IReadOnlyList<string>? RealWords = null,
    IReadOnlyList<string>? LocatedWords = null,
    IReadOnlyList<string>? DysplasiaWords = null,
    IReadOnlyList<string>? FormFieldSections = null,
    IReadOnlyList<string>? ExampleWords = null,
    IReadOnlyList<string>? SerosaWords = null,
    IReadOnlyList<string>? SiteBoundTerms = null,
    IReadOnlyList<string>? FormTitleWords = null,
    IReadOnlyList<string>? RunOnWords = null,
    IReadOnlyList<string>? SizeWords = null,
    IReadOnlyList<string>? SizeLeadWords = null,
    IReadOnlyList<string>? MetastaticSiteWords = null,
    IReadOnlyList<string>? TypeWords = null,
    IReadOnlyList<string>? CauseWords = null);
