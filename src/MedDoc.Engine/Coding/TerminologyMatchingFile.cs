namespace MedDoc.Engine.Coding;

/// <summary>
/// The shape of Rules/terminology_matching.json: how ICD-10-CM titles and inclusion terms become match patterns
/// (<see cref="TerminologyIndex"/>) and how words of the text and the terminology are brought to one form
/// (<see cref="TermNormalizer"/>).
/// <paramref name="Spelling"/> holds British → American word-part rewrites ("oedem" → "edem");
/// <paramref name="Synonyms"/> maps a word to the one word both sides use ("renal" → "kidney");
/// <paramref name="Abbreviations"/> maps a short form to a phrase that must itself be a pattern ("htn" → "hypertension"),
/// those in <paramref name="CapitalsOnly"/> counting only when written in capitals ("PE", not "pe");
/// <paramref name="RemovedWords"/> and <paramref name="RemovedPhrases"/> are the NOS/NEC/"unspecified" conventions, dropped
/// from titles (a title without stated specificity is the unspecified code);
/// titles starting with <paramref name="SkippedTitleStarts"/> or holding <paramref name="SkippedTitlePhrases"/> are category
/// scaffolding, not things a note states; codes in <paramref name="ExcludedCodeRanges"/> are never matched from titles;
/// a pattern needs a word outside <paramref name="GenericWords"/> (scaffolding, function words, qualifiers), and a pattern
/// of one word one outside <paramref name="VagueWords"/> too (an organ or a bare "failure", "cyst" is no diagnosis).
/// <paramref name="IndexTerms"/> are Alphabetic Index main terms for words no title carries ("heart disease" → I51.9);
/// a one-word one codes only when it stands alone: the word before it is none, a generic word, a qualifier or one of
/// <paramref name="UnmodifyingWords"/> ("had an infection"), and the word after it is none of <paramref name="SubtermLinks"/>
/// ("infection of the prosthesis" names a subterm). A title "X due to Y" also matches with each of <paramref name="CauseLinks"/>
/// in place of "due to" ("pneumonia caused by Pseudomonas").
/// <paramref name="SpeciesNames"/> are a germ's species names that are the Latin genitive of a disease's name
/// ("Streptococcus pneumoniae", "Haemophilus influenzae", "Enterobacter cloacae"): kept as written, never read as the
/// disease (a culture that grew the germ states no pneumonia, influenza or persistent cloaca).
/// <paramref name="StructureNouns"/> maps an organ adjective to the nouns after which it names another structure than the
/// organ its synonym gives: a pattern may not end on "aortic" (read "aorta") before "valve" ("atherosclerosis of the aortic
/// valve" is not the aorta's, I70.0; "stenosis of aortic valve" is no coarctation, Q25.1).
/// <paramref name="AnatomyOnlyTerms"/> are inclusion terms that name only a structure, its anomaly being meant by the code
/// they sit under ("Aortic arch" under Q25.49, other congenital malformations of aorta): never a pattern, since a note that
/// names the structure states no anomaly ("the aortic arch is left-sided").
/// <paramref name="SubstanceOnlyTerms"/> are inclusion terms that name only a substance under its "related disorders"
/// category ("Marijuana" under F12, "Caffeine" under F15): never a pattern, since a note that names the substance states no use
/// or disorder ("treated with caffeine and paracetamol"; guideline I.C.5.b.3).
/// <paramref name="OrganNouns"/> are the organs an organ adjective of a title names ("testicular" → "testis"): a title that
/// opens with one and names one condition word after it ("Testicular pain", "Hepatic fibrosis") also matches with the
/// condition first, "of"/"in" the organ ("pain in the right testicle", "fibrosis of the liver"), as "Calculus of kidney" also
/// matches "kidney calculus".
/// </summary>
public sealed record TerminologyMatchingFile(
    string Source,
    string Example,
    IReadOnlyList<IReadOnlyList<string>> Spelling,
    IReadOnlyDictionary<string, string> Synonyms,
    IReadOnlyDictionary<string, string> Abbreviations,
    IReadOnlyList<string> CapitalsOnly,
    IReadOnlyList<string> RemovedWords,
    IReadOnlyList<string> RemovedPhrases,
    IReadOnlyList<string> SkippedTitleStarts,
    IReadOnlyList<string> SkippedTitlePhrases,
    IReadOnlyList<IReadOnlyList<string>> ExcludedCodeRanges,
    IReadOnlyList<string> GenericWords,
    IReadOnlyList<string> VagueWords,
    IReadOnlyList<IndexTerm> IndexTerms,
    IReadOnlyList<string> UnmodifyingWords,
    IReadOnlyList<string> SubtermLinks,
    IReadOnlyList<string> CauseLinks,
    IReadOnlyList<string>? SpeciesNames = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? StructureNouns = null,
    IReadOnlyList<string>? AnatomyOnlyTerms = null,
    IReadOnlyList<string>? SubstanceOnlyTerms = null,
    IReadOnlyList<string>? OrganNouns = null);
