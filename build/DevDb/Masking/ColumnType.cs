using System.Globalization;
using System.Text.RegularExpressions;

namespace DevDb.Masking;

/// <summary>What a column's values are, as far as personal data goes.</summary>
public enum TypeKind { Text, Integer, Decimal, Float, Boolean, Date, Timestamp, Time, Interval, Uuid, Json, Bytea, Network, Enum, Other }

/// <summary>
/// A column's type, from PostgreSQL's format_type with domains resolved (<c>character varying(40)</c>,
/// <c>text[]</c>, <c>jsonb</c>) and its type category: what kind of values it holds, whether it is an
/// array of them, and a string type's length limit.
/// </summary>
public sealed partial record ColumnType(TypeKind Kind, bool IsArray = false, int? Length = null, string Name = "text")
{
    public static ColumnType Parse(string formatType, string? category = null)
    {
        var name = formatType.Trim();
        var isArray = name.EndsWith("[]", StringComparison.Ordinal);
        var element = isArray ? name[..^2] : name;
        var length = Limit().Match(element) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var bare = Modifiers().Replace(element, "");
        // a type in another schema is written qualified: public.citext
        var unqualified = bare.Contains('.') && !bare.Contains('"') ? bare[(bare.LastIndexOf('.') + 1)..] : bare;
        var kind = unqualified switch
        {
            "text" or "character varying" or "character" or "varchar" or "char" or "\"char\"" or "name" or "citext" or "bpchar" => TypeKind.Text,
            "smallint" or "integer" or "bigint" or "int" or "int2" or "int4" or "int8" or "smallserial" or "serial" or "bigserial" or "oid" => TypeKind.Integer,
            "numeric" or "decimal" or "money" => TypeKind.Decimal,
            "real" or "double precision" or "float4" or "float8" => TypeKind.Float,
            "boolean" or "bool" => TypeKind.Boolean,
            "date" => TypeKind.Date,
            "timestamp without time zone" or "timestamp with time zone" or "timestamp" or "timestamptz" => TypeKind.Timestamp,
            "time without time zone" or "time with time zone" or "time" or "timetz" => TypeKind.Time,
            "interval" => TypeKind.Interval,
            "uuid" => TypeKind.Uuid,
            "json" or "jsonb" => TypeKind.Json,
            "bytea" => TypeKind.Bytea,
            "inet" or "cidr" => TypeKind.Network,
            _ => category switch
            {
                "E" => TypeKind.Enum,
                "S" => TypeKind.Text,
                "N" => TypeKind.Integer,
                "B" => TypeKind.Boolean,
                "D" => TypeKind.Timestamp,
                "I" => TypeKind.Network,
                _ => TypeKind.Other,
            },
        };
        return new ColumnType(kind, isArray, length, unqualified);
    }

    public bool IsText => Kind == TypeKind.Text && !IsArray;
    public bool IsNumber => Kind is TypeKind.Integer or TypeKind.Decimal or TypeKind.Float;

    public override string ToString() => Name + (Length is { } n ? $"({n.ToString(CultureInfo.InvariantCulture)})" : "") + (IsArray ? "[]" : "");

    [GeneratedRegex(@"^(?:character varying|character|varchar|char|bpchar)\((\d+)\)")]
    private static partial Regex Limit();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Modifiers();
}
