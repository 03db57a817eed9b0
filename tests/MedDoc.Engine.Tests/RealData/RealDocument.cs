namespace MedDoc.Engine.Tests.RealData;

/// <summary>One labelled document of a real dev split (../shared/data/real): its id, text and expected type label.</summary>
public sealed record RealDocument(string Id, string Text, string ExpectedType);
