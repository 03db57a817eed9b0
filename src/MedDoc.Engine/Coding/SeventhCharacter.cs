namespace MedDoc.Engine.Coding;

/// <summary>One 7th-character extension of a tabular code and its descendants: S72 'A' "initial encounter for closed fracture".</summary>
public sealed record SeventhCharacter(char Character, string Meaning);
