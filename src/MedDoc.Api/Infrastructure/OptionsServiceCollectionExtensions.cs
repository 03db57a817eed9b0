using MedDoc.Api.Storage;

namespace MedDoc.Api.Infrastructure;

/// <summary>Binds every options class from the environment and validates them at start-up.</summary>
public static class OptionsServiceCollectionExtensions
{
    public static IServiceCollection AddMedDocOptions(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().Configure<IConfiguration>(DatabaseOptions.Bind).ValidateOnStart();
        services.AddOptions<StorageOptions>().Configure<IConfiguration>(StorageOptions.Bind).ValidateOnStart();
        services.AddOptions<UploadOptions>().Configure<IConfiguration>(UploadOptions.Bind).ValidateOnStart();
        services.AddOptions<BatchOptions>().Configure<IConfiguration>(BatchOptions.Bind).ValidateOnStart();
        services.AddOptions<PdfBudgetOptions>().Configure<IConfiguration>(PdfBudgetOptions.Bind).ValidateOnStart();
        services.AddOptions<WorkLimitOptions>().Configure<IConfiguration>(WorkLimitOptions.Bind).ValidateOnStart();
        services.AddOptions<OrphanSweepOptions>().Configure<IConfiguration>(OrphanSweepOptions.Bind).ValidateOnStart();
        services.AddOptions<CorsSettings>().Configure<IConfiguration>(CorsSettings.Bind).ValidateOnStart();
        return services;
    }
}
