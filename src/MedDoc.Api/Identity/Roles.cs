namespace MedDoc.Api.Identity;

/// <summary>The roles a token or an API key grants, as they appear in the role claim.</summary>
public static class Roles
{
    /// <summary>Analyses; reads, uploads and reviews the tenant's documents.</summary>
    public const string Coder = "coder";

    /// <summary>Everything a coder does, plus deleting documents, managing API keys and reading the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>A program with an API key: analyses and uploads.</summary>
    public const string Service = "service";

    public static IReadOnlyList<string> All { get; } = [Coder, Admin, Service];
}
