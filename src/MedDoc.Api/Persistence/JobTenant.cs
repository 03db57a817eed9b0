namespace MedDoc.Api.Persistence;

/// <summary>
/// The tenant a background job in this scope works for (a batch job runs for its batch's tenant);
/// null in a request scope, where the caller's tenant applies. Set once, by the job, from the row it
/// works on, never from client input.
/// </summary>
public sealed class JobTenant
{
    public string? Id { get; private set; }

    public void Set(string tenantId)
    {
        if (Id is not null && Id != tenantId)
        {
            throw new InvalidOperationException("A job scope works for one tenant only.");
        }
        Id = tenantId;
    }
}
