using MedDoc.Engine.Assertions;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Concepts;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Summaries;
using MedDoc.Engine.Text;
using MedDoc.Testing;

namespace MedDoc.Engine.Tests.Text;

/// <summary>
/// The document is read once (tokens, sentences, lines, sections) and every stage works from that reading:
/// what the model says is a sentence or a line is what the labs, findings, assertions, classifier and summary see.
/// </summary>
public sealed class TextModelTests
{
    [Fact]
    public void ReadsTokensSentencesLinesAndSectionsOnce()
    {
        const string text = "FINDINGS: No effusion. C. difficile colitis.\r\nIMPRESSION: Colitis.";

        var document = TextModel.Read(text);

        Assert.Equal(Tokenizer.Tokenize(text), document.Tokens);
        Assert.Equal(["No effusion.", "C. difficile colitis.", "Colitis."], SentencesOf(document, "findings").Concat(SentencesOf(document, "impression")));
        Assert.Equal([("findings", 0, 44), ("impression", 46, 66)], document.Lines.Select(line => (line.Label!, line.Start, line.End)));
        Assert.Equal(["findings", "impression"], document.Sections.Select(section => section.Category));
    }

    [Fact]
    public void SentencesOfASectionAreCutAtItsEdges()
    {
        const string text = "COMPARISON: None. FINDINGS: Clear lungs. No effusion.";
        var document = TextModel.Read(text);
        var findings = document.Sections.Single(section => section.Category == "findings");

        var sentences = document.SentencesIn(document.TokensIn(findings.Content.Start, findings.Content.End))
            .Select(sentence => text[document.Tokens[sentence.Start].Start..document.Tokens[sentence.End - 1].End]);

        Assert.Equal(["Clear lungs.", "No effusion."], sentences);
    }

    [Theory]
    [InlineData("Hemoglobin 9.2 g/dL\rWBC 12.0 x10^3/uL")]
    [InlineData("Hemoglobin 9.2 g/dL\u2028WBC 12.0 x10^3/uL")]
    public void LabValuesAreReadLineByLineOfTheModel(string text)
    {
        var document = TextModel.Read(text);

        var labs = new LabValueParser().Parse(document);

        Assert.Equal(2, document.Lines.Count);
        Assert.Equal(document.Lines.Select(line => text[line.Start..line.End]), labs.Select(lab => lab.Span.Text));
    }

    [Fact]
    public void AssertionScopeIsTheModelsSentence()
    {
        const string text = "No fever. C. difficile colitis.";
        var document = TextModel.Read(text);
        var start = text.IndexOf("colitis", StringComparison.Ordinal);

        var decision = new AssertionDetector().Assess(document, Span.Of(text, start, start + "colitis".Length));
        var findings = new FindingExtractor(ConceptLexicon.Embedded).Extract(document);

        Assert.Equal(2, document.Sentences.Count);
        Assert.Equal(Assertion.Present, decision.Assertion);
        Assert.Contains(findings, finding => finding.Span.Text == "C. difficile colitis" && finding.Assertion == Assertion.Present);
    }

    [Fact]
    public void SummarySentencesAreTheModelsSentences()
    {
        const string text = "IMPRESSION: Small effusion, likely\nreactive. Seen by Dr. Example. Follow up.";
        var document = TextModel.Read(text);

        var summary = new DocumentSummarizer().Summarize(document, [], []);

        Assert.Equal("Small effusion, likely reactive. Seen by Dr. Example. Follow up.", summary.Text);
        Assert.Equal(3, document.SentenceSpans(document.Sections[0].Content.Start, text.Length).Count());
    }

    [Fact]
    public void ClassifierReadsTheModelsLines()
    {
        const string text = "\r\nCT ABDOMEN AND PELVIS WITH CONTRAST\r\nFINDINGS: Normal liver.\r\nIMPRESSION: Normal.";
        var document = TextModel.Read(text);

        var classification = new DocumentClassifier().Classify(document, []);

        Assert.Equal("CT ABDOMEN AND PELVIS WITH CONTRAST", text[document.Lines[0].Start..document.Lines[0].End]);
        Assert.Equal(DocumentType.Ct, classification.Type);
    }

    [Theory]
    [InlineData("Tokenizer.Tokenize(")]
    [InlineData("SentenceSplitter.Split(")]
    [InlineData("TextLine.Read(")]
    [InlineData("_ = ")]
    public void NoStageReadsTheTextAgainOrIgnoresItsInputs(string call)
    {
        var engine = RepositoryFiles.PathOf("src", "MedDoc.Engine");
        var allowed = new[] { Path.Combine("Text", "TextModel.cs"), Path.Combine("Text", "Tokenizer.cs"), Path.Combine("Text", "TextLine.cs"), Path.Combine("Text", "SentenceSplitter.cs") };

        var offenders = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => !allowed.Contains(Path.GetRelativePath(engine, file)))
            .Where(file => File.ReadAllText(file).Contains(call, StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(engine, file))
            .ToArray();

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SentencesOf(TextModel document, string category)
    {
        var section = document.Sections.Single(candidate => candidate.Category == category);
        return document.SentenceSpans(section.Content.Start, section.Content.End).Select(span => document.Text[span.Start..span.End]);
    }
}
