namespace MedDoc.Engine.Concepts;

/// <summary>
/// One clinical concept of the lexicon (Rules/concepts/*.json). Example:
/// { "id": "pleural_effusion", "name": "pleural effusion", "code": "J90",
///   "terms": ["pleural effusion", "pleural effusions"], "supersedes": [],
///   "example": "Small left pleural effusion. → J90", "source": "CODING.md radiology table" }.
/// Terms match whole words, case- and whitespace-insensitively; the longest match at a position wins.
/// <paramref name="Code"/> is null for findings worth reporting that get no code (e.g. "granuloma").
/// <paramref name="Supersedes"/> lists codes this concept's more specific code replaces when both are found
/// ("type 2 diabetes with diabetic CKD" E11.22 supersedes E11.9).
/// <paramref name="Chronic"/> (optional) states an exception to Rules/lasting_conditions.json, which says by code whether a
/// condition lasts once diagnosed (hypertension, diabetes, COPD, CKD, HIV): a lasting condition stated as history anywhere
/// ("a history of hypertension on lisinopril") is current and coded, other conditions (symptoms, cancers, which become a
/// history code) stay historical. true makes a concept last whose code's range does not (alcohol dependence), false makes
/// one an episode although its category lasts (a COPD exacerbation). Listed under PAST MEDICAL HISTORY, a concept is still
/// the patient's ("PMH: hypertension" → I10 coded) unless it is marked false ("PMH: pneumonia 2015" is historical).
/// <paramref name="Abbreviations"/> (optional) are short forms that also spell a name ("DOE", "IDA"): they match
/// like terms, but only when written all in capitals or all in lower case and not on a line that names the
/// patient, so "HPI: DOE for two weeks" is dyspnea on exertion while "Patient: DOE, JANE" and "John Doe" are not.
/// <paramref name="Composed"/> (optional) writes the concept as a finding stated of a site ("calcification … aortic arch")
/// instead of enumerating every phrasing; see <see cref="ConceptComposition"/>.
/// <paramref name="AdditionalCodeOnly"/> (optional) marks a code that is only ever the additional code another diagnosis's
/// "use additional code" note asks for: "insulin" gives Z79.4 beside type 2 diabetes (E11's note names Z79.4), nothing
/// beside type 1 diabetes or on its own (insulin for hyperkalaemia).
/// <paramref name="SiteWords"/> (optional) are words one of which the mention's sentence must hold, for a concept whose term
/// leaves its site unsaid: a lung nodule (R91.1) needs the lung named ("nodule in the right lower lobe", "pulmonary
/// nodule"), so a "testicular nodule" or "a nodule in the left preauricular region" is not one.
/// <paramref name="PastProcedure"/> (optional) marks a procedure whose lasting result is the concept's status code: coded only
/// when the procedure is stated as past ("a history of hysterectomy", "hysterectomy 20 years ago" → Z90.710, acquired absence
/// of the uterus) or dated before the report's time as an episode is ("kidney transplant in 1999", "vasectomy at 42 years of
/// age" in a 46-year-old, see <see cref="DatedEpisode"/>), never when the report does it ("a hysterectomy was performed": no status yet, the procedure is coded
/// elsewhere).
/// <paramref name="HistoryCode"/> (optional) is the code an episode stated as past gives, where ICD-10-CM has one for it: an
/// acute myocardial infarction in the history ("a history of myocardial infarction", "MI 10 years ago", "PMH: MI") or dated
/// before a later year the report names or at an age below the patient's ("myocardial infarction in 1999", "at the age of
/// 52" in a 70-year-old, see <see cref="DatedEpisode"/>) is an old
/// myocardial infarction I25.2 (guideline I.C.9.e.4), while a current one stays I21.9.
/// </summary>
public sealed record ConceptRule(
    string Id,
    string Name,
    string? Code,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string>? Supersedes,
    string Example,
    string Source,
    bool? Chronic = null,
    IReadOnlyList<string>? Abbreviations = null,
    ConceptComposition? Composed = null,
    bool? AdditionalCodeOnly = null,
    IReadOnlyList<string>? SiteWords = null,
    bool? PastProcedure = null,
    string? HistoryCode = null);
