using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Metrics;
using MedDoc.Llm.Redaction;
using MedDoc.Llm.Tests.Fakes;
using MedDoc.Llm.Validation;

namespace MedDoc.Llm.Tests.Validation;

public sealed class LlmCodeValidatorTests
{
    private static readonly Dictionary<string, IcdCode> Catalog = new(StringComparer.OrdinalIgnoreCase)
    {
        ["I51.7"] = new("I51.7", "Cardiomegaly", true),
        ["J90"] = new("J90", "Pleural effusion, not elsewhere classified", true),
        ["J18"] = new("J18", "Pneumonia, unspecified organism", false),
        ["J18.9"] = new("J18.9", "Pneumonia, unspecified organism", true),
        ["Z80.3"] = new("Z80.3", "Family history of malignant neoplasm of breast", true),
        ["C50.919"] = new("C50.919", "Malignant neoplasm of unspecified site of unspecified female breast", true),
    };

    private static readonly Dictionary<string, string?> ConceptCodes = new()
    {
        ["pneumothorax"] = "J93.9",
        ["pleural_effusion"] = "J90",
        ["granuloma"] = null,
    };

    private readonly LlmCodeValidator _validator = new(code => Catalog.GetValueOrDefault(code), ConceptCodes);

    private static AnalysisResult Engine(string text, params Finding[] findings) =>
        new FakeEngine(findings: _ => findings).Analyze(text);

    private static LlmCodeClaim Claim(string code, params string[] evidence) => new(code, evidence, CodeBasis.Documented, 0.9);

    private CodeValidation Validate(string text, AnalysisResult engine, params LlmCodeClaim[] claims) =>
        _validator.Validate(claims, RedactedText.Unchanged(text), engine);

    [Theory]
    [InlineData("I51.7")]
    [InlineData("i51.7")]
    [InlineData("I517")]
    [InlineData(" I51.7 ")]
    public void CatalogCodeWithVerbatimEvidenceIsAcceptedWithItsOfficialTitle(string written)
    {
        const string text = "IMPRESSION: Mild cardiomegaly.";

        var validation = Validate(text, Engine(text), Claim(written, "Mild cardiomegaly"));

        var code = Assert.Single(validation.Accepted);
        Assert.Equal(("I51.7", "Cardiomegaly", 0.9, CodeBasis.Documented, Assertion.Present), (code.Code, code.Description, code.Confidence, code.Basis, code.Assertion));
        Assert.Equal(new Span(12, 29, "Mild cardiomegaly"), Assert.Single(code.Evidence));
    }

    [Fact]
    public void InventedCodeIsDropped()
    {
        const string text = "Mild cardiomegaly.";

        var validation = Validate(text, Engine(text), Claim("I51.79", "Mild cardiomegaly"));

        Assert.Empty(validation.Accepted);
        Assert.Equal([new DroppedCode("I51.79", DropReason.NotInCatalog)], validation.Dropped);
    }

    [Fact]
    public void CategoryHeaderThatIsNotBillableIsDropped()
    {
        const string text = "Right lower lobe pneumonia.";

        var validation = Validate(text, Engine(text), Claim("J18", "lobe pneumonia"));

        Assert.Equal([new DroppedCode("J18", DropReason.NotBillable)], validation.Dropped);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void CodeWithoutEvidenceIsDropped(string? quote)
    {
        const string text = "Mild cardiomegaly.";
        string[] evidence = quote is null ? [] : [quote];

        var validation = Validate(text, Engine(text), new LlmCodeClaim("I51.7", evidence, CodeBasis.Documented, 0.9));

        Assert.Equal(DropReason.NoEvidence, Assert.Single(validation.Dropped).Reason);
    }

    [Fact]
    public void MalformedItemIsDropped()
    {
        var validation = Validate("x", Engine("x"), new LlmCodeClaim(null, [], CodeBasis.Documented, 0));

        Assert.Equal(DropReason.Malformed, Assert.Single(validation.Dropped).Reason);
    }

    [Theory]
    [InlineData(Assertion.Possible, DropReason.EnginePossible, "Cannot exclude pneumonia.")]
    [InlineData(Assertion.Hypothetical, DropReason.EngineHypothetical, "Rule out pneumonia.")]
    [InlineData(Assertion.Historical, DropReason.EngineHistorical, "History of pneumonia.")]
    public void EvidenceTheEngineDoesNotAssertAsPresentIsDropped(Assertion assertion, DropReason reason, string text)
    {
        var finding = FakeEngine.FindingAt(text, "pneumonia", "pneumonia", assertion);

        var validation = Validate(text, Engine(text, finding), Claim("J18.9", text.TrimEnd('.')));

        Assert.Equal(reason, Assert.Single(validation.Dropped).Reason);
    }

    [Fact]
    public void FamilyHistoryEvidenceIsDropped()
    {
        const string text = "Mother with breast cancer.";
        var finding = FakeEngine.FindingAt(text, "breast cancer", "breast_cancer", Assertion.Family);

        var validation = Validate(text, Engine(text, finding), Claim("C50.919", "Mother with breast cancer"));

        Assert.Equal(DropReason.EngineFamily, Assert.Single(validation.Dropped).Reason);
    }

    [Fact]
    public void NegatedFindingOfAnotherCategoryInTheSameSentenceDoesNotDropTheCode()
    {
        const string text = "No pneumothorax, but a small left pleural effusion.";
        var negated = FakeEngine.FindingAt(text, "pneumothorax", "pneumothorax", Assertion.Negated);

        var validation = Validate(text, Engine(text, negated), Claim("J90", text.TrimEnd('.')));

        Assert.Equal("J90", Assert.Single(validation.Accepted).Code);
    }

    [Fact]
    public void APresentFindingOverlappingTheEvidenceKeepsTheCode()
    {
        const string text = "No change in the small left pleural effusion.";
        var present = FakeEngine.FindingAt(text, "pleural effusion", "pleural_effusion", Assertion.Present);
        var negatedElsewhere = new Finding("pleural_effusion", "pleural effusion", Assertion.Negated, Span.Of(text, 0, 9), "findings");

        var validation = Validate(text, Engine(text, present, negatedElsewhere), Claim("J90", "small left pleural effusion"));

        Assert.Single(validation.Accepted);
    }

    [Fact]
    public void CodeTheEngineAlreadySuggestedOrRepeatedIsADuplicate()
    {
        const string text = "Mild cardiomegaly.";
        var engineCode = new CodeSuggestion("I51.7", "Cardiomegaly", [Span.Of(text, 5, 17)], 0.9, CodeBasis.Documented);
        var engine = new FakeEngine(codes: _ => [engineCode]).Analyze(text);

        var validation = Validate(text, engine, Claim("I51.7", "Mild cardiomegaly"), Claim("J90", "Mild cardiomegaly"), Claim("J90", "cardiomegaly"));

        Assert.Equal(["J90"], validation.Accepted.Select(code => code.Code));
        Assert.Equal([DropReason.Duplicate, DropReason.Duplicate], validation.Dropped.Select(drop => drop.Reason));
    }

    [Fact]
    public void EvidenceOnlyInTheIndicationIsNotConfirmedAndDropped()
    {
        const string text = "INDICATION: pneumonia\nIMPRESSION: Lungs are clear.";
        var engine = Engine(text) with
        {
            Sections =
            [
                new Section("indication", Span.Of(text, 0, 10), Span.Of(text, 12, 21)),
                new Section("impression", Span.Of(text, 22, 32), Span.Of(text, 34, text.Length)),
            ],
        };

        var validation = Validate(text, engine, Claim("J18.9", "pneumonia"));

        Assert.Equal(DropReason.NotConfirmed, Assert.Single(validation.Dropped).Reason);
    }

    [Fact]
    public void EvidenceInTheImpressionAsWellAsTheIndicationIsKept()
    {
        const string text = "INDICATION: pneumonia\nIMPRESSION: Right lower lobe pneumonia.";
        var engine = Engine(text) with
        {
            Sections =
            [
                new Section("indication", Span.Of(text, 0, 10), Span.Of(text, 12, 21)),
                new Section("impression", Span.Of(text, 22, 32), Span.Of(text, 34, text.Length)),
            ],
        };

        var validation = Validate(text, engine, Claim("J18.9", "pneumonia", "Right lower lobe pneumonia"));

        Assert.Equal("J18.9", Assert.Single(validation.Accepted).Code);
    }

    [Fact]
    public void EvidenceIsFoundInTheRedactedTextAndMappedToTheOriginal()
    {
        const string text = "Patient: Jane Roe. IMPRESSION: Mild cardiomegaly.";
        var redacted = new PhiRedactor().Redact(text);

        var validation = _validator.Validate([Claim("I51.7", "[NAME]. IMPRESSION: Mild cardiomegaly")], redacted, Engine(text));

        var span = Assert.Single(Assert.Single(validation.Accepted).Evidence);
        Assert.Equal("Jane Roe. IMPRESSION: Mild cardiomegaly", span.Text);
        Assert.True(span.IsExactIn(text));
    }
}
