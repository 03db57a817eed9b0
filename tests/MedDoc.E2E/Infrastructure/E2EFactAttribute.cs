namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// A browser test: skipped locally when the API build, web/dist or Chromium is missing, but run
/// (and so failed, naming what is missing) when CI=true.
/// </summary>
public sealed class E2EFactAttribute : FactAttribute
{
    public E2EFactAttribute()
    {
        if (!E2EEnvironment.IsCi && E2EEnvironment.MissingPrerequisite() is { } missing)
        {
            Skip = $"End-to-end prerequisites missing: {missing}. Set CI=true to fail instead.";
        }
    }
}
