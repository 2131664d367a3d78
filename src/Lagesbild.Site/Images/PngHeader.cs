using System.Buffers.Binary;

namespace Lagesbild.Site.Images;

/// <summary>Reads a PNG's size from its first chunk, IHDR, which the format requires right after the signature.</summary>
public static class PngHeader
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    public static ImageSize? ReadSize(ReadOnlySpan<byte> bytes)
    {
        // signature (8), chunk length (4), "IHDR" (4), width (4), height (4), all big-endian
        if (bytes.Length < 24 || !HasSignature(bytes) || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(20, 4));
        return ImageSizes.Valid(width, height);
    }
}
