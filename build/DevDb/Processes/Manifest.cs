using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using DevDb.Common;

namespace DevDb.Processes;

/// <summary>What is written beside a dump, so whoever restores it can check it and see what it holds. No secret goes in.</summary>
public sealed record Manifest(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("postgresVersion")] string PostgresVersion,
    [property: JsonPropertyName("devdbVersion")] string DevDbVersion,
    [property: JsonPropertyName("builtAt")] DateTimeOffset BuiltAt,
    [property: JsonPropertyName("configSha256")] string? ConfigSha256,
    [property: JsonPropertyName("rowsPerTable")] IReadOnlyDictionary<string, long> RowsPerTable)
{
    static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string PathFor(string dumpFile) => dumpFile + ".manifest.json";

    public static string DevDbVersionText =>
        typeof(Manifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string Sha256Of(string file)
    {
        using var stream = System.IO.File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Write(string dumpFile) => System.IO.File.WriteAllText(PathFor(dumpFile), JsonSerializer.Serialize(this, Options) + "\n");

    public static Manifest? Read(string dumpFile)
    {
        var path = PathFor(dumpFile);
        if (!System.IO.File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Manifest>(System.IO.File.ReadAllText(path))
                   ?? throw new DevDbException($"{Path.GetFileName(path)} is empty", ExitCodes.BadInput);
        }
        catch (JsonException e)
        {
            throw new DevDbException($"{Path.GetFileName(path)} is not a DevDb manifest: {e.Message.Split('\n')[0]}", ExitCodes.BadInput);
        }
    }
}
