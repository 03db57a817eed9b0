namespace MedDoc.Api.Identity;

/// <summary>The authorization policies endpoints require, and the roles each admits.</summary>
public static class Policies
{
    public const string Analyze = "analyze";
    public const string Upload = "upload";
    public const string ReadDocuments = "read_documents";
    public const string Review = "review";
    public const string DeleteDocuments = "delete_documents";
    public const string Administer = "administer";

    /// <summary>Policy name → the roles that satisfy it (any one of them).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> AllowedRoles { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Analyze] = [Roles.Coder, Roles.Admin, Roles.Service],
        [Upload] = [Roles.Coder, Roles.Admin, Roles.Service],
        [ReadDocuments] = [Roles.Coder, Roles.Admin],
        [Review] = [Roles.Coder, Roles.Admin],
        [DeleteDocuments] = [Roles.Admin],
        [Administer] = [Roles.Admin],
    };
}
