using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedDoc.Api.Persistence.Configurations;

/// <summary>Times are stored and read back as UTC on both providers (SQLite forgets the kind).</summary>
public static class UtcDateTime
{
    public static ValueConverter<DateTime, DateTime> Converter { get; } =
        new(value => DateTime.SpecifyKind(value, DateTimeKind.Utc), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>The same for an optional time.</summary>
    public static ValueConverter<DateTime?, DateTime?> Nullable { get; } =
        new(value => value.HasValue ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : null,
            value => value.HasValue ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : null);
}
