using System.Security.Cryptography;
using System.Text;

namespace DevDb.Common;

/// <summary>Names DevDb gives its own objects in the developer database.</summary>
public static class Naming
{
    /// <summary>DevDb's machinery: the postgres_fdw extension, bookkeeping tables.</summary>
    public const string InternalSchema = "devdb";
    public const string ForeignServer = "devdb_production";
    const string ForeignSchemaPrefix = "devdb_prod_";
    const int MaxIdentifierBytes = 63;

    /// <summary>The local schema holding production schema <paramref name="productionSchema"/>'s foreign tables.</summary>
    public static string ForeignSchema(string productionSchema)
    {
        var name = ForeignSchemaPrefix + productionSchema;
        if (Encoding.UTF8.GetByteCount(name) <= MaxIdentifierBytes) return name;
        // Too long for PostgreSQL: keep a readable prefix and make it unique with a hash of the full name.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(productionSchema)))[..8];
        var builder = new StringBuilder(ForeignSchemaPrefix);
        foreach (var rune in productionSchema.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(builder.ToString()) + rune.Utf8SequenceLength + 1 + hash.Length > MaxIdentifierBytes) break;
            builder.Append(rune.ToString());
        }
        return builder.Append('_').Append(hash).ToString();
    }

    public static bool IsReserved(string schema) => schema == InternalSchema || schema.StartsWith(ForeignSchemaPrefix, StringComparison.Ordinal);
}
