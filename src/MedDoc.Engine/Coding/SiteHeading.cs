namespace MedDoc.Engine.Coding;

/// <summary>
/// What a heading line names for the findings under it (<see cref="HeadingSite"/>): its one side (Unspecified for none or
/// two), its site words, and where its text ends (a finding's own sentence may start with it: "RIGHT KNEE: effusion").
/// Example: "RIGHT KNEE:" → Right, ["knee"].
/// </summary>
public sealed record SiteHeading(BodySide Side, IReadOnlyList<string> SiteWords, int End);
