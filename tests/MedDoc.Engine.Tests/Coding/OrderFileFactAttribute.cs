namespace MedDoc.Engine.Tests.Coding;

/// <summary>
/// A fact that needs the CMS order file: skipped on a developer machine without ../shared/data, but run (and
/// failing) when CI=true, so the check can never silently disappear from CI.
/// </summary>
public sealed class OrderFileFactAttribute : FactAttribute
{
    public OrderFileFactAttribute()
    {
        if (OrderFile.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{OrderFile.FileName} is not on this machine (../shared/data/icd10cm); CI=true makes this a failure.";
        }
    }
}
