using MedDoc.Api.Storage;

namespace MedDoc.Api.Batches;

/// <summary>Removing staged files that will never become documents.</summary>
public static class BatchFiles
{
    /// <summary>Deletes <paramref name="key"/>; a failure is logged (an unlisted file is harmless), never thrown.</summary>
    public static async Task DeleteQuietlyAsync(IDocumentStore store, string key, ILogger logger)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning("Could not delete staged file {StorageKey}: {ExceptionType}", key, exception.GetType().Name);
        }
    }
}
