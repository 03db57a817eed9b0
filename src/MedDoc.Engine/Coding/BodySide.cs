namespace MedDoc.Engine.Coding;

/// <summary>The side a text states for a site ("left kidney" → Left); Unspecified when it states none or both right and left.</summary>
public enum BodySide
{
    /// <summary>No side stated (or right and left both stated for the same site).</summary>
    Unspecified,

    /// <summary>"right", "rt".</summary>
    Right,

    /// <summary>"left", "lt".</summary>
    Left,

    /// <summary>"bilateral", "both".</summary>
    Bilateral,
}
