namespace MedDoc.Engine.Coding;

/// <summary>A site phrase of the Table of Neoplasms ("left kidney", "lower lobe of the lung", "axillary lymph nodes") and its row.</summary>
public sealed record NeoplasmSite(string Phrase, NeoplasmEntry Entry);
