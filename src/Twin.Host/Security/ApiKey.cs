using System.Security.Cryptography;
using System.Text;

namespace Twin.Host.Security;

/// <summary>
/// The key that requests which create, run or delete must carry in <see cref="Header"/>, from
/// the environment variable <see cref="Variable"/>. Never logged, never echoed.
/// </summary>
internal sealed class ApiKey
{
    public const string Variable = "TWIN_API_KEY";

    public const string Header = "X-Api-Key";

    private readonly byte[]? _key;

    public ApiKey(string? key) =>
        _key = string.IsNullOrEmpty(key) ? null : Encoding.UTF8.GetBytes(key);

    public bool IsSet => _key is not null;

    public static ApiKey From(IConfiguration configuration) => new(configuration[Variable]);

    /// <summary>Compares in constant time, so the answer's timing tells nothing about the key.</summary>
    public bool Matches(string presented) =>
        _key is not null && CryptographicOperations.FixedTimeEquals(_key, Encoding.UTF8.GetBytes(presented));
}
