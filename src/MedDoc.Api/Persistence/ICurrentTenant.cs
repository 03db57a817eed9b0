namespace MedDoc.Api.Persistence;

/// <summary>The tenant whose rows a database context sees; null sees none (migrations, probes, design time).</summary>
public interface ICurrentTenant
{
    string? Id { get; }
}
