using System.Text;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;

namespace MedDoc.Engine.Tests.Rules;

/// <summary>Every concept of every Rules/concepts/*.json file is well formed and codes to a valid FY2025 billable code.</summary>
public sealed class ConceptRulesTests
{
    /// <summary>
    /// Concepts without a code on purpose: they only stop a shorter term inside a longer phrase from matching
    /// ("non-smoker" is not a smoker, "stroke volume" is not a stroke, a disc hernia is not an abdominal hernia, a weight loss sought is not abnormal weight loss).
    /// </summary>
    private static readonly HashSet<string> UncodedGuards = ["screening_test", "never_smoker", "workflow_phrase", "descriptive_phrase", "temporary_insulin", "disc_herniation_region_unstated", "intentional_weight_loss", "breath_sounds", "foreign_body_sensation"];

    /// <summary>The ids engine-core owns in radiology.json; clinical.json must not redefine them.</summary>
    private static readonly string[] RadiologyIds =
    [
        "cardiomegaly", "pleural_effusion", "atelectasis", "emphysema", "copd", "pulmonary_edema", "acute_pulmonary_edema",
        "pneumothorax", "pneumonia", "lobar_pneumonia", "hiatal_hernia", "scoliosis", "lung_nodule", "lung_nodules",
        "thoracic_spondylosis", "spondylosis", "aortic_atherosclerosis",
    ];

    private static readonly ConceptLexicon Lexicon = ConceptLexicon.Embedded;

    private static readonly IReadOnlyList<ConceptRule> Clinical =
        Engine.Rules.RuleResources.Read<ConceptFile>("concepts/clinical.json").Concepts;

    [Fact]
    public void ClinicalLexiconHasAtLeastThreeHundredCodedConcepts()
    {
        Assert.True(Clinical.Count(concept => concept.Code is not null) >= 300, $"{Clinical.Count} concepts");
    }

    /// <summary>
    /// A lasting condition stated as history is current ("history of hypertension" → I10): one whose code
    /// Rules/lasting_conditions.json covers, or one marked "chronic": true. A sign or symptom (chapter R), a neoplasm
    /// (history of cancer → Z85), an injury or a status code is never such a lasting condition; the exceptions are an
    /// allergy status (Z88, Z91.0-), which a "history of allergy to penicillin" states outright, a long-term drug therapy
    /// (Z79) or dependence on a machine (Z99), which "a history of renal failure on hemodialysis" states as current, and a
    /// metastasis (C77–C79), disease still present that no history code names.
    /// </summary>
    [Fact]
    public void LastingConditionsAreDiseasesNotSymptomsNeoplasmsInjuriesOrStatus()
    {
        var wrong = Lexicon.Concepts
            .Where(concept => concept.Chronic ?? (concept.Code is { } code && LastingConditions.Embedded.Covers(code, IcdCatalog.Embedded)))
            .Where(concept => concept.Code is null || concept.Code[0] is 'R' or 'S' or 'T' || (concept.Code[0] == 'C' && !IsMetastasis(concept.Code))
                || (concept.Code[0] == 'Z' && !IsLastingStatus(concept.Code))
                || (concept.Code[0] == 'D' && concept.Code[1] <= '4'))
            .Select(concept => $"{concept.Id} {concept.Code}");

        Assert.Empty(wrong);
    }

    /// <summary>
    /// Whether a condition lasts is said once, by code, in Rules/lasting_conditions.json: a concept's "chronic" flag only
    /// states an exception, so true beside a code the list already covers says nothing.
    /// </summary>
    [Fact]
    public void ChronicFlagOnlyStatesAnExceptionToTheLastingConditions()
    {
        var redundant = Lexicon.Concepts
            .Where(concept => concept is { Chronic: true, Code: { } code } && LastingConditions.Embedded.Covers(code, IcdCatalog.Embedded))
            .Select(concept => $"{concept.Id} {concept.Code}");

        Assert.Empty(redundant);
    }

    private static bool IsMetastasis(string code) => string.CompareOrdinal(code, "C77") >= 0 && string.CompareOrdinal(code, "C80") < 0;

    private static bool IsLastingStatus(string code) =>
        code.StartsWith("Z88", StringComparison.Ordinal) || code.StartsWith("Z91.0", StringComparison.Ordinal)
        || code.StartsWith("Z79", StringComparison.Ordinal) || code.StartsWith("Z99", StringComparison.Ordinal);

    [Fact]
    public void ConceptIdsAreUniqueAcrossFiles()
    {
        var duplicates = Lexicon.Concepts.GroupBy(concept => concept.Id).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void ConceptIdsAreLowerSnakeCase()
    {
        var bad = Lexicon.Concepts.Where(concept => !concept.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')).Select(concept => concept.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void ClinicalLexiconLeavesRadiologyIdsToRadiologyJson()
    {
        var radiology = Engine.Rules.RuleResources.Read<ConceptFile>("concepts/radiology.json").Concepts.Select(concept => concept.Id);

        Assert.Empty(Clinical.Select(concept => concept.Id).Intersect(RadiologyIds.Concat(radiology)));
    }

    [Fact]
    public void NoTermHoldsTheDeIdentificationToken()
    {
        var redacted = Lexicon.Concepts.SelectMany(concept => concept.Terms.Where(term => term.Split(' ').Contains("xxxx")).Select(term => $"{concept.Id}: {term}"));

        Assert.Empty(redacted);
    }

    [Fact]
    public void PhrasingsAreComposedNotEnumerated()
    {
        // A concept that needs more phrasings than this is written as a finding stated of a site ("composed").
        const int MostTerms = 40;

        var enumerated = Lexicon.Concepts.Where(concept => concept.Terms.Count > MostTerms).Select(concept => $"{concept.Id}: {concept.Terms.Count} terms");

        Assert.Empty(enumerated);
    }

    [Fact]
    public void EveryConceptHasTerms()
    {
        var bare = Lexicon.Concepts.Where(concept => concept.Terms.Count == 0 || concept.Terms.Any(string.IsNullOrWhiteSpace)).Select(concept => concept.Id);

        Assert.Empty(bare);
    }

    [Fact]
    public void TermsAreLowerCaseWithoutOuterSpaces()
    {
        var bad = Clinical.SelectMany(concept => concept.Terms).Where(term => term != term.Trim().ToLowerInvariant());

        Assert.Empty(bad);
    }

    [Fact]
    public void NoTermBelongsToTwoConcepts()
    {
        // Compared as the matcher sees them: case, whitespace and punctuation folded ("a-fib" = "a fib").
        var shared = Lexicon.Concepts
            .SelectMany(concept => concept.Terms.Select(term => (Term: Fold(term), concept.Id)))
            .Distinct()
            .GroupBy(pair => pair.Term)
            .Where(group => group.Count() > 1)
            .Select(group => $"'{group.Key}' in {string.Join(", ", group.Select(pair => pair.Id))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void EveryCodedConceptCodesToABillableCatalogCode()
    {
        var bad = Lexicon.Concepts
            .Where(concept => concept.Code is not null && !IcdCatalog.Embedded.IsBillable(concept.Code))
            .Select(concept => $"{concept.Id}: {concept.Code}");

        Assert.Empty(bad);
    }

    [Fact]
    public void CodesAreWrittenWithTheirDot()
    {
        var bad = Lexicon.Concepts
            .Where(concept => concept.Code is not null && concept.Code != IcdCatalog.WithDot(concept.Code))
            .Select(concept => concept.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void OnlyTheDocumentedGuardsHaveNoCode()
    {
        var uncoded = Clinical.Where(concept => concept.Code is null).Select(concept => concept.Id);

        Assert.Equal(UncodedGuards.Order(), uncoded.Order());
    }

    [Fact]
    public void EverySupersededCodeIsABillableCatalogCode()
    {
        var bad = Lexicon.Concepts
            .SelectMany(concept => (concept.Supersedes ?? []).Select(code => (concept.Id, Code: code)))
            .Where(pair => !IcdCatalog.Embedded.IsBillable(pair.Code))
            .Select(pair => $"{pair.Id}: {pair.Code}");

        Assert.Empty(bad);
    }

    [Fact]
    public void NoConceptSupersedesItsOwnCode()
    {
        var bad = Lexicon.Concepts.Where(concept => concept.Code is not null && (concept.Supersedes ?? []).Contains(concept.Code)).Select(concept => concept.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void EveryConceptHasAnExampleAndASource()
    {
        var bad = Lexicon.Concepts
            .Where(concept => string.IsNullOrWhiteSpace(concept.Example) || string.IsNullOrWhiteSpace(concept.Source) || string.IsNullOrWhiteSpace(concept.Name))
            .Select(concept => concept.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void EveryCodedClinicalExampleEndsWithItsCode()
    {
        var bad = Clinical.Where(concept => concept.Code is not null && !concept.Example.Contains("→ " + concept.Code, StringComparison.Ordinal)).Select(concept => concept.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void ClinicalSourcesNameTheOfficialTitle()
    {
        var bad = Clinical
            .Where(concept => concept.Code is not null && !concept.Source.EndsWith($"{concept.Code} {IcdCatalog.Embedded.Find(concept.Code)?.Title}", StringComparison.Ordinal))
            .Select(concept => concept.Id);

        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("hypertension", "I10")]
    [InlineData("t2dm_with_ckd", "E11.22")]
    [InlineData("type_2_diabetes", "E11.9")]
    [InlineData("ckd_stage_3a", "N18.31")]
    [InlineData("depression", "F32.A")]
    [InlineData("parkinsons_disease", "G20.A1")]
    [InlineData("low_back_pain", "M54.50")]
    [InlineData("thrombocytosis", "D75.839")]
    [InlineData("septic_shock", "R65.21")]
    [InlineData("hepatic_steatosis", "K76.0")]
    public void KeyConceptsCodeAsCodingMdSays(string id, string code)
    {
        Assert.Equal(code, Lexicon.Concepts.Single(concept => concept.Id == id).Code);
    }

    [Theory]
    [InlineData("htn", "hypertension")]
    [InlineData("t2dm", "type_2_diabetes")]
    [InlineData("chf", "heart_failure")]
    [InlineData("afib", "atrial_fibrillation")]
    [InlineData("cad", "coronary_artery_disease")]
    [InlineData("gerd", "gerd")]
    [InlineData("osa", "obstructive_sleep_apnea")]
    [InlineData("ckd 3a", "ckd_stage_3a")]
    [InlineData("hfref", "systolic_heart_failure")]
    [InlineData("hfpef", "diastolic_heart_failure")]
    public void CommonAbbreviationsAreTermsOrCaseCheckedAbbreviations(string term, string id)
    {
        var concept = Lexicon.Concepts.Single(concept => concept.Id == id);
        Assert.Contains(term, concept.Terms.Concat(concept.Abbreviations ?? []));
    }

    [Fact]
    public void SpecificCkdStagesSupersedeUnspecifiedCkd()
    {
        var stages = Lexicon.Concepts.Where(concept => concept.Code is { } code && code.StartsWith("N18.", StringComparison.Ordinal) && code != "N18.9");

        Assert.All(stages, stage => Assert.Contains("N18.9", stage.Supersedes ?? []));
    }

    private static string Fold(string term)
    {
        var folded = new StringBuilder(term.Length);
        foreach (var c in term.ToLowerInvariant())
        {
            folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
