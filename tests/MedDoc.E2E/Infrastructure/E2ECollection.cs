namespace MedDoc.E2E.Infrastructure;

/// <summary>All browser tests share one API process and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<MedDocAppFixture>
{
    public const string Name = "MedDoc end to end";
}
