using Hangfire;

namespace MedDoc.Api.Batches;

/// <summary>
/// Creates each job in its own DI scope of this host, so a job gets a fresh DbContext. Passed to the
/// job server directly instead of Hangfire's global activator, which would be shared by every host in a process.
/// </summary>
public sealed class ScopedJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateAsyncScope());

    private sealed class Scope(AsyncServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
