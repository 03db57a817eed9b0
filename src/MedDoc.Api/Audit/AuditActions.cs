namespace MedDoc.Api.Audit;

/// <summary>What an audit row records as attempted.</summary>
public static class AuditActions
{
    public const string List = "list";
    public const string Read = "read";
    public const string Download = "download";
    public const string Upload = "upload";
    public const string Analyze = "analyze";
    public const string Delete = "delete";
    public const string Cancel = "cancel";
    public const string Review = "review";
    public const string KeyCreated = "key_created";
    public const string KeyRevoked = "key_revoked";
    public const string SignInFailure = "sign_in_failure";

    public static IReadOnlyList<string> All { get; } = [List, Read, Download, Upload, Analyze, Delete, Cancel, Review, KeyCreated, KeyRevoked, SignInFailure];
}
