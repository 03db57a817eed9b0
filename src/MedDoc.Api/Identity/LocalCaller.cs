namespace MedDoc.Api.Identity;

/// <summary>The one caller of local mode: subject and tenant "local", every role.</summary>
public static class LocalCaller
{
    public const string Name = "local";

    public static Caller Instance { get; } = new(Name, Name, Roles.All, KeyId: null, Method: "local");
}
