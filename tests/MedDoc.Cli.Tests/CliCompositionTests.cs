using MedDoc.Engine;

namespace MedDoc.Cli.Tests;

public sealed class CliCompositionTests
{
    [Fact]
    public async Task TheEngineAnswersAloneWithTheEmbeddedTerminology()
    {
        const string text = "CHEST X-RAY PA AND LATERAL\nIMPRESSION: Mild cardiomegaly.";
        var service = CliComposition.CreateAnalysisService(_ => null);

        var result = await service.AnalyzeAsync(text, CancellationToken.None);

        Assert.IsType<RulesAnalysisService>(service);
        Assert.Equal(AnalysisSources.Rules, result.Source);
        Assert.Equal(new ClinicalEngine().Analyze(text).Classification, result.Classification);
    }

    [Fact]
    public void MissingOrderFileIsBadUsageNamingTheVariable()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"meddoc-{Guid.NewGuid():N}", "order.txt");

        var error = Assert.Throws<UsageException>(() => CliComposition.CreateAnalysisService(name => name == "ICD10CM_ORDER_FILE" ? missing : null));

        Assert.StartsWith("ICD10CM_ORDER_FILE: ", error.Message);
    }
}
