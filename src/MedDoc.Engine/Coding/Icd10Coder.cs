using MedDoc.Engine.Concepts;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Turns present findings and abnormal labs into ICD-10-CM suggestions as CODING.md says: only findings
/// asserted present, outside sections that only give the reason for the study (INDICATION, COMPARISON…);
/// one suggestion per code carrying every evidence span; a more specific concept's code removes the codes
/// it supersedes, and combination rules replace their parts; LabCoder adds lab-value codes that no
/// documented code supersedes; every code passes <see cref="EvidenceValidator"/>.
/// Conditions stated in the words of an ICD-10-CM title or inclusion term (<see cref="TerminologyRecognizer"/>) come
/// after the curated concepts: not in a category those already coded unless its title names more than "unspecified"
/// ("pansinusitis" J32.4 beside the curated "chronic sinusitis" J32.9), not a code they supersede, never together with a
/// code that an Excludes1 note forbids beside one already coded. A concept marked additional-code-only (a drug: insulin,
/// metformin) is coded only when another code of the document has a "use additional code" note naming its code. Of two
/// codes an Excludes1 note forbids together, one is kept (<see cref="Excludes1Resolution"/>). A code whose title leaves the
/// side open becomes its sided sibling when the sentence states the side (<see cref="SideSpecificity"/>), and an open code
/// the code of its category whose distinguishing words the sentence states (<see cref="WordSpecificity"/>); a code the
/// Alphabetic Index splits by side without sided siblings takes its sided subterm (<see cref="IndexSideSpecificity"/>); a
/// lymphoma or hemangioma of unspecified site takes the site its sentence states (<see cref="LymphomaSite"/>,
/// <see cref="HemangiomaSite"/>). A terminology
/// mention that reads every word of a curated finding and more gives its code in place of the curated one ("pneumonia
/// caused by Pseudomonas" → J15.1, not J18.9).
/// Example: "Small left pleural effusion." → J90 (documented); "No pneumothorax." → nothing; "Renal calculi." → N20.0.
/// </summary>
public sealed class Icd10Coder(
    ConceptLexicon lexicon, IcdCatalog catalog, LabCoder labCoder, SectionRuleSet sectionRules, NeoplasmCoder? neoplasmCoder,
    TerminologyRecognizer? terminologyRecognizer = null, IcdTerminology? terminology = null)
{
    /// <summary>Confidence of a code stated in an impression, assessment or diagnosis list.</summary>
    public const double ConclusionConfidence = 0.9;

    /// <summary>Confidence of a code stated only elsewhere (findings, history, body).</summary>
    public const double BodyConfidence = 0.85;

    /// <summary>How much less sure a code matched from the terminology's words is than one a curated concept gives.</summary>
    public const double TerminologyDiscount = 0.1;

    /// <summary>Suicide attempt (T14.91), whatever its encounter.</summary>
    private const string SuicideAttempt = "T14.91";

    /// <summary>Secondary malignant neoplasm of unspecified site.</summary>
    private const string UnsitedSecondary = "C79.9";

    /// <summary>Mental disorder, not otherwise specified: what is left when the document names no disorder.</summary>
    private const string UnspecifiedMentalDisorder = "F99";

    private static readonly HashSet<string> ConclusionSections = new(StringComparer.Ordinal)
    {
        "impression", "assessment_plan", "diagnosis", "discharge_diagnoses", "problem_list",
    };

    private readonly Dictionary<string, ConceptRule> _concepts = lexicon.Concepts.ToDictionary(concept => concept.Id, StringComparer.Ordinal);

    // Combination rules indexed by their first concept, so a document only checks the rules it could satisfy.
    private readonly Dictionary<string, CombinationRule[]> _combinationsByFirst = lexicon.Combinations
        .Where(combination => combination.AllOf.Count > 0)
        .GroupBy(combination => combination.AllOf[0], StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>A coder with the embedded section rules and no neoplasm coding from the Table of Neoplasms.</summary>
    public Icd10Coder(ConceptLexicon lexicon, IcdCatalog catalog, LabCoder labCoder)
        : this(lexicon, catalog, labCoder, SectionRuleSet.Embedded, null)
    {
    }

    /// <summary>A coder with no neoplasm coding from the Table of Neoplasms.</summary>
    public Icd10Coder(ConceptLexicon lexicon, IcdCatalog catalog, LabCoder labCoder, SectionRuleSet sectionRules)
        : this(lexicon, catalog, labCoder, sectionRules, null)
    {
    }

    /// <summary>Code suggestions for one document, each with verbatim evidence.</summary>
    public IReadOnlyList<CodeSuggestion> Code(string text, IReadOnlyList<Section> sections, IReadOnlyList<Finding> findings, IReadOnlyList<LabResult> labs) =>
        Code(text, sections, findings, labs, [], (_, _) => false, []);

    /// <summary>Code suggestions for one read document, neoplasms placed through the Table of Neoplasms, each with verbatim evidence.</summary>
    public IReadOnlyList<CodeSuggestion> Code(TextModel document, IReadOnlyList<Finding> findings, IReadOnlyList<LabResult> labs) =>
        Code(document, findings, labs, DocumentType.ClinicalNote);

    /// <summary>
    /// As <see cref="Code(TextModel, IReadOnlyList{Finding}, IReadOnlyList{LabResult})"/> for a document of
    /// <paramref name="type"/>: an imaging report codes no injury (<see cref="InjuryEncounter"/>: the encounter is not its to state).
    /// </summary>
    public IReadOnlyList<CodeSuggestion> Code(TextModel document, IReadOnlyList<Finding> findings, IReadOnlyList<LabResult> labs, DocumentType type)
    {
        var codes = SexSpecificCodes.Embedded.Refine(CodeRead(document, findings, labs), document.Tokens);
        return InjuryEncounter.Refine(codes, document, catalog, terminology, IsImaging(type));
    }

    private static bool IsImaging(DocumentType type) => type is DocumentType.XRay or DocumentType.Ct or DocumentType.Mri or DocumentType.Ultrasound;

    private IReadOnlyList<CodeSuggestion> CodeRead(TextModel document, IReadOnlyList<Finding> findings, IReadOnlyList<LabResult> labs)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stated = terminologyRecognizer?.Find(document, findings) ?? [];
        if (neoplasmCoder is null)
        {
            return Refine(Code(document.Text, document.Sections, findings, labs, [], (_, _) => false, stated), document);
        }
        var neoplasms = neoplasmCoder.Code(document);
        var primarySites = neoplasms.Select(mention => mention.Code[..3]).Where(IsPrimaryMalignancy).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (finding.Assertion == Assertion.Present && sectionRules.Find(finding.Section).Coded
                && _concepts.TryGetValue(finding.ConceptId, out var concept) && concept.Code is { } code
                && IsPrimaryMalignancy(code[..3]) && neoplasmCoder.StatesDiagnosis(document, finding.Span))
            {
                primarySites.Add(code[..3]);
            }
        }
        var codes = Code(document.Text, document.Sections, findings, labs, neoplasms,
            (code, _) => primarySites.Count > 0 && IsPrimaryMalignancy(code[..3]) && !primarySites.Contains(code[..3]), stated);
        return Refine(codes, document);
    }

    // A past procedure's lasting result is the patient's status now ("a history of hysterectomy" → Z90.710); a procedure the
    // report itself does leaves no status to code yet.
    private static bool StatesCurrentCondition(Finding finding, ConceptRule concept) =>
        concept.PastProcedure == true ? finding.Assertion == Assertion.Historical : finding.Assertion == Assertion.Present;

    // The weeks of a stated pregnancy (Z3A) come from the text's numbers, not from a finding: added once the findings are coded.
    // So is an adult's body mass index (Z68), beside the weight diagnosis it goes with.
    private IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, TextModel document)
    {
        var effects = AdverseEffects(document, codes);
        IReadOnlyList<CodeSuggestion> refined =
        [
            .. DrugInducedCondition.Refine(KidneyStageCombination.Refine(
                SideSpecificity.Refine(LimbSite.Refine(WordSpecificity.Refine(IndexSides(NeoplasmSites(codes, document), document), document, catalog), document, catalog), document, catalog), catalog),
                effects, document, catalog),
            .. GestationalWeeks.Find(document, catalog, sectionRules, BodyConfidence),
            .. effects,
        ];
        return [.. refined, .. BodyMassIndex.Find(document, refined, catalog, sectionRules, BodyConfidence)];
    }

    // The adverse effect or poisoning a sentence states of a named drug (T36–T65), beside the manifestation coded above; a
    // poisoning in a document that codes a suicide attempt is the attempt's (intentional self-harm).
    private IReadOnlyList<CodeSuggestion> AdverseEffects(TextModel document, IReadOnlyList<CodeSuggestion> codes) =>
        terminologyRecognizer is null
            ? []
            : AdverseDrugEffect.Find(document, catalog, sectionRules, terminologyRecognizer.Assertions, BodyConfidence,
                codes.Any(code => code.Code.StartsWith(SuicideAttempt, StringComparison.Ordinal)));

    // A lymphoma's site character and a hemangioma's site from the site its sentence states, read with the Table of Neoplasms.
    private IReadOnlyList<CodeSuggestion> NeoplasmSites(IReadOnlyList<CodeSuggestion> codes, TextModel document) =>
        neoplasmCoder is null ? codes : HemangiomaSite.Refine(LymphomaSite.Refine(codes, document, catalog, neoplasmCoder.Sites), document, catalog, neoplasmCoder.Sites);

    // The Index's sided subterms ("Loss, vision, one eye, left" H54.62) where the titles have no sided sibling to walk to.
    private IReadOnlyList<CodeSuggestion> IndexSides(IReadOnlyList<CodeSuggestion> codes, TextModel document) =>
        terminologyRecognizer is { Index.SidedSubterms: { Count: > 0 } sided } ? IndexSideSpecificity.Refine(codes, document, sided, catalog) : codes;

    // secondPrimaryInPassing: a curated concept names a primary malignancy at a site that no diagnosis of the report
    // states (neither a Table of Neoplasms placement nor a concept mention that opens a diagnosis line), while another
    // site is so stated ("Clinical history: breast cancer" in a nephrectomy report, "validated on samples of colorectal
    // cancer" in a lung report's test method): not coded.
    private IReadOnlyList<CodeSuggestion> Code(
        string text, IReadOnlyList<Section> sections, IReadOnlyList<Finding> findings, IReadOnlyList<LabResult> labs,
        IReadOnlyList<NeoplasmMention> neoplasms, Func<string, Finding, bool> secondPrimaryInPassing, IReadOnlyList<TerminologyMention> stated)
    {
        var byCode = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        var neoplasmCategories = neoplasms.Select(mention => mention.Code[..3]).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in neoplasms)
        {
            Add(byCode, mention.Code, mention.Code, mention.Evidence, mention.Section);
        }
        var presentConcepts = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        var additionalOnly = new HashSet<string>(StringComparer.Ordinal);
        var standalone = new HashSet<string>(StringComparer.Ordinal);
        var readFurther = new Dictionary<Span, TerminologyMention>();
        foreach (var mention in stated)
        {
            if (mention.Over is { } over)
            {
                readFurther.TryAdd(over, mention);
            }
        }
        var refinedAway = new HashSet<string>(StringComparer.Ordinal);
        var refinedTo = new HashSet<string>(StringComparer.Ordinal);
        // A curated code that another mention states in its own words stays when what the first was read as is a condition
        // of another chapter ("hypertension" beside "intracranial hypertension" G93.2); of the same chapter, the other
        // mention is the same condition named again ("pneumococcal meningitis … the meningitis resolved": G00.1 alone).
        var statedPlainly = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (!sectionRules.Find(finding.Section).Coded || !_concepts.TryGetValue(finding.ConceptId, out var concept))
            {
                continue;
            }
            if (finding.Assertion == Assertion.Historical && concept.HistoryCode is { } history)
            {
                Add(byCode, history, concept.Name, finding);
                standalone.Add(history);
                continue;
            }
            if (!StatesCurrentCondition(finding, concept))
            {
                continue;
            }
            if (finding.Assertion == Assertion.Present && concept.HistoryCode is { } pastEpisodes && IsPersonalHistory(pastEpisodes)
                && LastingConditions.Embedded.StatedRecurrent(text, finding.Span) is { } recurrent)
            {
                Add(byCode, pastEpisodes, concept.Name, [recurrent], finding.Section);
                standalone.Add(pastEpisodes);
            }
            if (!presentConcepts.TryGetValue(concept.Id, out var mentions))
            {
                presentConcepts[concept.Id] = mentions = [];
            }
            mentions.Add(finding);
            if (concept.Code is not null && !PlacedByNeoplasmTable(concept.Code, finding, neoplasms, neoplasmCategories)
                && !secondPrimaryInPassing(concept.Code, finding))
            {
                if (concept.AdditionalCodeOnly != true && readFurther.TryGetValue(finding.Span, out var further)
                    && ReadsMoreSpecifically(further.Code, concept.Code))
                {
                    Add(byCode, further.Code, further.Code, [further.Evidence], further.Section);
                    standalone.Add(further.Code);
                    refinedAway.Add(concept.Code);
                    refinedTo.Add(further.Code);
                    continue;
                }
                Add(byCode, concept.Code, concept.Name, finding);
                statedPlainly.Add(concept.Code);
                (concept.AdditionalCodeOnly == true ? additionalOnly : standalone).Add(concept.Code);
            }
        }
        var removed = new HashSet<string>(StringComparer.Ordinal);
        removed.UnionWith(refinedAway.Where(code => !refinedTo.Contains(code) && !(statedPlainly.Contains(code) && refinedTo.All(further => further[0] != code[0]))));
        foreach (var id in presentConcepts.Keys)
        {
            removed.UnionWith(_concepts[id].Supersedes ?? []);
        }
        foreach (var id in presentConcepts.Keys.ToArray())
        {
            if (!_combinationsByFirst.TryGetValue(id, out var candidates))
            {
                continue;
            }
            foreach (var combination in candidates)
            {
                if (!AllPresent(combination.AllOf, presentConcepts))
                {
                    continue;
                }
                foreach (var part in combination.AllOf)
                {
                    foreach (var finding in presentConcepts[part])
                    {
                        Add(byCode, combination.Code, combination.Id, finding);
                    }
                }
                removed.UnionWith(combination.Replaces);
            }
        }
        var documented = byCode
            .Where(pair => !removed.Contains(pair.Key))
            .Select(pair => ToSuggestion(pair.Key, pair.Value))
            .ToList();
        documented.AddRange(FromTerminology(stated.Where(mention => mention.Over is null).ToArray(), documented, removed));
        RemoveUnsitedSecondary(documented);
        RemoveUnspecifiedBehaviorOfKnownNeoplasms(documented);
        RemoveUnspecifiedMentalDisorder(documented);
        additionalOnly.ExceptWith(standalone);
        documented.RemoveAll(code => additionalOnly.Contains(code.Code) && !AskedForByAnother(code.Code, documented));
        if (terminology is not null)
        {
            documented = Excludes1Resolution.Resolve(documented, terminology);
        }
        var documentedCodes = documented.Select(code => code.Code).ToHashSet(StringComparer.Ordinal);
        documented.AddRange(labCoder.Code(labs, documentedCodes).Where(code => !documentedCodes.Contains(code.Code)));
        return EvidenceValidator.KeepValid(documented, text);
    }

    /// <summary>
    /// The codes stated in the terminology's words that the curated codes leave open: not in a category already coded
    /// unless the title says more than its unspecified code ("bifascicular block" I45.2 beside a curated right bundle-branch
    /// block I45.10; "hepatic fibrosis" K74.00, "Hepatic fibrosis, unspecified", adds nothing to a curated cirrhosis K74.60),
    /// not superseded, not excluded (Excludes1) by a code already chosen.
    /// </summary>
    private IEnumerable<CodeSuggestion> FromTerminology(IReadOnlyList<TerminologyMention> stated, IReadOnlyList<CodeSuggestion> curated, HashSet<string> removed)
    {
        if (stated.Count == 0)
        {
            return [];
        }
        var categories = curated.Select(code => code.Code[..3]).ToHashSet(StringComparer.Ordinal);
        var byCode = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        foreach (var mention in stated)
        {
            if ((categories.Contains(mention.Code[..3]) && LeavesOpen(mention.Code)) || removed.Contains(mention.Code) || !catalog.IsBillable(mention.Code)
                || (!byCode.ContainsKey(mention.Code) && Excluded(mention.Code, curated.Select(code => code.Code).Where(code => !Explains(mention.Code, code)).Concat(byCode.Keys))))
            {
                continue;
            }
            Add(byCode, mention.Code, mention.Code, [mention.Evidence], mention.Section);
        }
        return byCode.Select(pair => ToSuggestion(pair.Key, pair.Value, TerminologyDiscount));
    }

    // A diagnosis explains a sign or symptom (chapter R) that an Excludes1 note pairs it with: the pair is left to
    // Excludes1Resolution, which keeps the diagnosis ("hyperemesis gravidarum" O21.0 over the vomiting R11.10 it names).
    private static bool Explains(string diagnosis, string curated) => curated[0] == 'R' && diagnosis[0] != 'R';

    // A title that says "unspecified" names no more than a curated code of its category already does.
    private bool LeavesOpen(string code) => catalog.Find(code)?.Title.Contains("unspecified", StringComparison.OrdinalIgnoreCase) != false;

    /// <summary>
    /// True when the terminology code <paramref name="further"/>, read from a curated finding's words and more, replaces
    /// the curated <paramref name="curated"/> code: a different billable code, and not a neoplasm (the Table of Neoplasms
    /// places those).
    /// </summary>
    private bool ReadsMoreSpecifically(string further, string curated) =>
        further != curated && catalog.IsBillable(further) && !SpecificCode.IsNeoplasm(curated);

    /// <summary>True when a "use additional code" note of another chosen code names <paramref name="code"/> (E11.9 → Z79.4).</summary>
    private bool AskedForByAnother(string code, IReadOnlyList<CodeSuggestion> chosen) =>
        terminology is not null && chosen.Any(other => other.Code != code && terminology.AdditionalCodes(other.Code).Any(range => range.Contains(code)));

    private bool Excluded(string code, IEnumerable<string> chosen) => terminology is not null && chosen.Any(other => terminology.Excludes(code, other));

    private static bool AllPresent(IReadOnlyList<string> conceptIds, Dictionary<string, List<Finding>> present)
    {
        for (var i = 0; i < conceptIds.Count; i++)
        {
            if (!present.ContainsKey(conceptIds[i]))
            {
                return false;
            }
        }
        return true;
    }

    // A personal history code (Z86–Z87) records past episodes; other history codes name a state of their own (I25.2 old
    // infarction, F10.11 abuse in remission) that a recurrence does not state.
    private static bool IsPersonalHistory(string code) => code.StartsWith("Z86", StringComparison.Ordinal) || code.StartsWith("Z87", StringComparison.Ordinal);

    private static void Add(Dictionary<string, Evidence> byCode, string code, string name, Finding finding) =>
        Add(byCode, code, name, [finding.Span], finding.Section);

    private static void Add(Dictionary<string, Evidence> byCode, string code, string name, IReadOnlyList<Span> spans, string section)
    {
        if (!byCode.TryGetValue(code, out var evidence))
        {
            byCode[code] = evidence = new Evidence(name);
        }
        foreach (var span in spans)
        {
            if (evidence.Spans.Add(span))
            {
                evidence.InConclusion |= ConclusionSections.Contains(section);
            }
        }
    }

    /// <summary>
    /// True when a curated neoplasm concept's code ("urothelial carcinoma" → C67.9) yields to the Table of Neoplasms: the
    /// neoplasm coder placed the same words at a site, or coded the same category more specifically (C67.1 over C67.9).
    /// A secondary category holds many sites (C79.51 bone, C79.82 genital organs): there the site's subcategory must match,
    /// so "bone metastases" stays beside a metastasis the table places elsewhere.
    /// </summary>
    private static bool PlacedByNeoplasmTable(string code, Finding finding, IReadOnlyList<NeoplasmMention> neoplasms, HashSet<string> categories)
    {
        if (!SpecificCode.IsNeoplasm(code))
        {
            return false;
        }
        if (IsSecondaryMalignancy(code[..3])
            ? neoplasms.Any(mention => SameSecondarySite(mention.Code, code))
            : categories.Contains(code[..3]))
        {
            return true;
        }
        foreach (var mention in neoplasms)
        {
            if (mention.Morphology.Start < finding.Span.End && finding.Span.Start < mention.Morphology.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPrimaryMalignancy(string category) => category[0] == 'C' && string.CompareOrdinal(category, "C77") < 0;

    /// <summary>
    /// Removes "metastases" with no site (C79.9, secondary malignant neoplasm of unspecified site) when a secondary code of a
    /// stated site is chosen ("metastases … to the liver" → C78.7): the sited code stands for the same spread.
    /// </summary>
    private static void RemoveUnsitedSecondary(List<CodeSuggestion> codes)
    {
        if (codes.Any(code => code.Code != UnsitedSecondary && IsSecondaryMalignancy(code.Code[..3])))
        {
            codes.RemoveAll(code => code.Code == UnsitedSecondary);
        }
    }

    /// <summary>
    /// Removes neoplasms of unspecified behaviour (D49) when another code of the document states a neoplasm's behaviour
    /// (a primary malignancy, in situ, benign or uncertain: C00–C76, D00–D48): the "tumor" a case names before its histology
    /// is that neoplasm ("a bladder tumor … the resection showed urothelial carcinoma" → C67.9, not also D49.4).
    /// </summary>
    private static void RemoveUnspecifiedBehaviorOfKnownNeoplasms(List<CodeSuggestion> codes)
    {
        if (codes.Any(code => IsUnspecifiedBehavior(code.Code)) && codes.Any(code => StatesBehavior(code.Code[..3])))
        {
            codes.RemoveAll(code => IsUnspecifiedBehavior(code.Code));
        }
    }

    /// <summary>
    /// Removes "mental disorder" with nothing more said (F99, mental disorder not otherwise specified) when another code of the
    /// document names the patient's mental disorder (F01–F98 but nicotine dependence F17, which names none): the unspecified
    /// code is what a coder takes only when nothing more is documented ("a mental disorder … generalized anxiety" → F41.1).
    /// </summary>
    private static void RemoveUnspecifiedMentalDisorder(List<CodeSuggestion> codes)
    {
        if (codes.Any(code => code.Code == UnspecifiedMentalDisorder) && codes.Any(code => NamesAMentalDisorder(code.Code)))
        {
            codes.RemoveAll(code => code.Code == UnspecifiedMentalDisorder);
        }
    }

    private static bool NamesAMentalDisorder(string code) =>
        code[0] == 'F' && code != UnspecifiedMentalDisorder && !code.StartsWith("F17", StringComparison.Ordinal);

    private static bool IsUnspecifiedBehavior(string code) => code.StartsWith("D49", StringComparison.Ordinal);

    private static bool StatesBehavior(string category) =>
        IsPrimaryMalignancy(category) || category[0] == 'D' && string.CompareOrdinal(category, "D49") < 0;

    // C79.51 and C79.52 share the bone's subcategory C79.5; C79.9 (no site) is every secondary site's.
    private static bool SameSecondarySite(string placed, string curated) =>
        placed[..3] == curated[..3] && (curated.Length < 5 || curated == UnsitedSecondary || placed.Length >= 5 && placed[..5] == curated[..5]);

    private static bool IsSecondaryMalignancy(string category) =>
        string.CompareOrdinal(category, "C77") >= 0 && string.CompareOrdinal(category, "C79") <= 0;


    private CodeSuggestion ToSuggestion(string code, Evidence evidence, double discount = 0)
    {
        var spans = evidence.Spans.OrderBy(span => span.Start).ThenBy(span => span.End).ToArray();
        var confidence = Math.Min(0.97 - discount, (evidence.InConclusion ? ConclusionConfidence : BodyConfidence) - discount + 0.03 * (spans.Length - 1));
        var description = catalog.Find(code)?.Title ?? evidence.Name;
        return new CodeSuggestion(code, description, spans, confidence, CodeBasis.Documented);
    }

    private sealed class Evidence(string name)
    {
        public string Name { get; } = name;

        public HashSet<Span> Spans { get; } = [];

        public bool InConclusion { get; set; }
    }
}
