using Microsoft.Extensions.Options;

namespace MedDoc.Llm.Configuration;

/// <summary>Fails start-up with one line per bad setting, each naming its variable (see <see cref="LlmOptions.Validate"/>).</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
