using System.Text.Json;
using MedDoc.Engine;
using MedDoc.Llm.Prompts;

namespace MedDoc.Llm.Tests.Prompts;

public sealed class PromptLibraryTests
{
    public static TheoryData<string> PromptNames => new(["classify", "codes", "summarize"]);

    [Fact]
    public void TheThreeEmbeddedPromptsLoadWithVersionsAndTools()
    {
        var prompts = PromptLibrary.Embedded;

        Assert.Equal(["classify", "codes", "summarize"], prompts.All.Select(prompt => prompt.Name));
        Assert.Equal(["record_classification", "record_codes", "record_summary"], prompts.All.Select(prompt => prompt.ToolName));
        Assert.All(prompts.All, prompt => Assert.True(prompt.Version >= 1));
        Assert.All(prompts.All, prompt => Assert.Equal("object", prompt.InputSchema.GetProperty("type").GetString()));
    }

    [Fact]
    public void ClassifySchemaOffersExactlyTheContractLabels()
    {
        var labels = PromptLibrary.Embedded.Classify.InputSchema
            .GetProperty("properties").GetProperty("document_type").GetProperty("enum")
            .EnumerateArray().Select(label => label.GetString()!);

        Assert.Equal(DocumentTypes.All.Order(), labels.Order());
    }

    [Fact]
    public void RenderFillsTheTypeAndTheTextButNotBracesInsideTheDocument()
    {
        var prompt = PromptLibrary.Embedded.Codes;

        var rendered = prompt.Render("Note says {document_type} literally. Mild cardiomegaly.", "X-RAY");

        Assert.Contains("Read the X-RAY document", rendered, StringComparison.Ordinal);
        Assert.Contains("Note says {document_type} literally. Mild cardiomegaly.", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("{document_text}", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void PromptFileWithoutFrontMatterIsRejected()
    {
        Assert.Throws<InvalidDataException>(() => PromptLibrary.Parse("Just text {document_text}", "{}"));
    }

    [Fact]
    public void PromptFileWithoutTheDocumentPlaceholderIsRejected()
    {
        const string markdown = "---\nname: x\nversion: 1\ntool: t\ntool_description: d\n---\nNo placeholder.";

        Assert.Throws<InvalidDataException>(() => PromptLibrary.Parse(markdown, "{}"));
    }

    [Fact]
    public void PromptIdCarriesItsVersionForTheCacheKey()
    {
        var prompt = PromptLibrary.Parse("---\nname: codes\nversion: 7\ntool: t\ntool_description: d\n---\n{document_text}", """{"type":"object"}""");

        Assert.Equal("codes@v7", prompt.Id);
        Assert.Equal(JsonValueKind.Object, prompt.InputSchema.ValueKind);
    }
}
