using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Tests.Rules;

public sealed class RuleResourcesTests
{
    [Fact]
    public void ConceptFolderListsEveryConceptFile()
    {
        // Embedded names keep the OS path separator of %(RecursiveDir); listing must find them on every OS.
        var files = RuleResources.List("concepts", ".json");

        Assert.Contains("concepts/clinical.json", files);
    }

    [Fact]
    public void NestedFileOpensWithSlashOrDot()
    {
        using var slash = RuleResources.Open("concepts/clinical.json");
        using var dot = RuleResources.Open("concepts.clinical.json");

        Assert.Equal(slash.Length, dot.Length);
    }

    [Fact]
    public void TerminologyTableIsEmbedded()
    {
        Assert.True(RuleResources.Exists("icd10cm_terminology.tsv.gz"));
    }

    [Fact]
    public void MissingFileNamesItself()
    {
        var error = Assert.Throws<InvalidDataException>(() => RuleResources.Open("nope.json"));

        Assert.Equal("Rule file nope.json is not embedded in the engine.", error.Message);
    }

    [Fact]
    public void NoRuleFileReadsTheDeIdentificationToken()
    {
        // Public report collections replace words with "XXXX"; a rule that reads it is fitted to that collection, not
        // to how reports are written. No pattern, term, qualifier or note of any rule file may name it.
        var fitted = RuleResources.All
            .Where(name => name.EndsWith(".json", StringComparison.Ordinal))
            .Where(name =>
            {
                using var reader = new StreamReader(RuleResources.Open(name));
                return reader.ReadToEnd().Contains("xxxx", StringComparison.OrdinalIgnoreCase);
            });

        Assert.Empty(fitted);
    }
}
