using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>GET /api/eval/quick: metrics computed by running the pipeline (here the fake) over the dataset.</summary>
public abstract class EvalEndpointsTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : EvalEndpointsTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : EvalEndpointsTests(factory), IClassFixture<PostgresApiFactory>;

    [SkippableFact]
    public async Task QuickEvaluationScoresThePipelineThatIsRunning()
    {
        var body = await (await factory.CreateClientOrSkip().GetAsync("/api/eval/quick")).JsonAsync();

        // The fake says CBC for the one text with "Hemoglobin 9.2 g/dL" and X-RAY otherwise: 3 of 6 right.
        // It codes D64.9 there and I51.7 for "Cardiomegaly": 2 true positives, 0 false, 4 expected → P 1, R 0.5.
        Assert.Equal("quick_builtin", body.GetProperty("dataset").GetString());
        Assert.Equal(6, body.GetProperty("num_examples").GetInt32());
        Assert.Equal(3, body.GetProperty("classification").GetProperty("correct").GetInt32());
        Assert.Equal(0.5, body.GetProperty("classification").GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, body.GetProperty("codes").GetProperty("precision").GetDouble());
        Assert.Equal(0.5, body.GetProperty("codes").GetProperty("recall").GetDouble());
        Assert.Equal(0.6667, body.GetProperty("codes").GetProperty("f1").GetDouble());
        Assert.False(body.GetProperty("passed").GetBoolean());
        Assert.Equal(0.75, body.GetProperty("thresholds").GetProperty("accuracy").GetDouble());
        Assert.Equal(0.65, body.GetProperty("thresholds").GetProperty("f1").GetDouble());
    }
}
