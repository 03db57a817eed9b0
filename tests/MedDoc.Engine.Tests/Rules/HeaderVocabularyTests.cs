using System.Text.Json;
using System.Text.RegularExpressions;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Rules;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Summaries;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Rules;

/// <summary>
/// Rules/sections.json is the engine's one header vocabulary: the sectionizer, the classifier and the summary name
/// sections by category and never list header words of their own.
/// </summary>
public sealed class HeaderVocabularyTests
{
    [Fact]
    public void NoOtherRuleFileRecognisesASectionHeaderLine()
    {
        var headers = SectionRuleSet.Embedded.Rules.SelectMany(rule => rule.Headers).ToArray();
        var offenders = new List<string>();
        foreach (var file in RuleResources.All.Where(name => name.EndsWith(".json", StringComparison.Ordinal) && name != "sections.json"))
        {
            // A pattern that needs a line start, a line end or a colon around a header word reads header lines;
            // one that also finds the word inside a sentence ("\bhospital course\b") is content vocabulary.
            foreach (var pattern in Strings(file).Where(value => value.IndexOfAny(['^', '$', ':']) >= 0).Distinct(StringComparer.Ordinal))
            {
                var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant);
                offenders.AddRange(headers
                    .Where(header => regex.IsMatch($"{header}:") && !regex.IsMatch($"the {header} was"))
                    .Select(header => $"{file}: /{pattern}/ reads the header line '{header}:'"));
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void ClassifierRefusesASectionTheVocabularyDoesNotDefine()
    {
        var rules = RuleResources.Read<DocumentTypeRules>("document_types.json") with { StudySections = ["examination", "exam_line"] };

        var error = Assert.Throws<InvalidDataException>(() => new DocumentClassifier(rules, AnalyteTable.Embedded, ConfidenceCalibration.Embedded, SectionRuleSet.Embedded));
        Assert.Contains("'exam_line'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryRefusesASectionTheVocabularyDoesNotDefine()
    {
        var rules = RuleResources.Read<SummaryRules>("summary.json") with { SectionCategories = ["impression", "conclusion"] };

        var error = Assert.Throws<InvalidDataException>(() => new DocumentSummarizer(rules, SectionRuleSet.Embedded));
        Assert.Contains("'conclusion'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderAddedToTheVocabularyIsAStudyLineForTheClassifier()
    {
        const string text = "SCAN PERFORMED: MRI of the brain without contrast.\nThe ventricles are normal in size.";
        var sections = WithHeader("examination", "scan performed");
        var classifier = new DocumentClassifier(RuleResources.Read<DocumentTypeRules>("document_types.json"), AnalyteTable.Embedded, ConfidenceCalibration.Embedded, sections);

        var decision = classifier.Decide(TextModel.Read(text, new Sectionizer(sections)), []);

        Assert.Equal(DocumentType.Mri, decision.Type);
        Assert.Contains("study line", decision.Rationale, StringComparison.Ordinal);
        Assert.DoesNotContain("study line", new DocumentClassifier().Decide(TextModel.Read(text), []).Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderAddedToTheVocabularyFeedsTheSummary()
    {
        const string text = "History: cough for a week.\nBOTTOM LINE: No pneumonia.";
        var sections = WithHeader("impression", "bottom line");
        var summarizer = new DocumentSummarizer(RuleResources.Read<SummaryRules>("summary.json"), sections);

        var summary = summarizer.Summarize(TextModel.Read(text, new Sectionizer(sections)), [], []);

        Assert.Equal("No pneumonia.", summary.Text);
    }

    [Fact]
    public void LabelsResolveToTheirSectionCategory()
    {
        var sections = SectionRuleSet.Embedded;

        Assert.Equal(("indication", "examination", null), (sections.CategoryOfLabel("clinical history"), sections.CategoryOfLabel("exam"), sections.CategoryOfLabel("lungs")));
        Assert.True(sections.IsOrganSystemHeader("lungs"));
        Assert.False(sections.IsOrganSystemHeader("impression"));
    }

    [Fact]
    public void AnOrganSystemHeaderCannotAlsoOpenASection()
    {
        var error = Assert.Throws<InvalidDataException>(() => new SectionRuleSet(SectionRuleSet.Embedded.Rules, ["heent", "impression"]));
        Assert.Contains("'impression'", error.Message, StringComparison.Ordinal);
    }

    private static SectionRuleSet WithHeader(string category, string header) => new(
        SectionRuleSet.Embedded.Rules.Select(rule => rule.Category == category ? rule with { Headers = [.. rule.Headers, header] } : rule).ToArray(),
        ["lungs"]);

    private static IEnumerable<string> Strings(string file)
    {
        using var stream = RuleResources.Open(file);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return Walk(json.RootElement).ToArray();
    }

    private static IEnumerable<string> Walk(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Walk),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Walk(property.Value)),
        _ => [],
    };
}
