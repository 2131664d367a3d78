using System.Buffers.Binary;

namespace Lagesbild.Site.Images;

/// <summary>Reads a WebP's size from its first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended, with the canvas size).</summary>
public static class WebPHeader
{
    public static bool HasSignature(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8);

    public static ImageSize? ReadSize(ReadOnlySpan<byte> bytes)
    {
        if (!HasSignature(bytes) || bytes.Length < 30)
        {
            return null;
        }

        var chunk = bytes.Slice(12, 4);
        var data = bytes[20..];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // frame tag (3), start code 9D 01 2A, then 14-bit width and height (the top 2 bits are scaling)
            if (data.Length < 10 || data[3] != 0x9D || data[4] != 0x01 || data[5] != 0x2A)
            {
                return null;
            }

            return ImageSizes.Valid(
                BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(6, 2)) & 0x3FFFu,
                BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(8, 2)) & 0x3FFFu);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // signature 0x2F, then width - 1 and height - 1 in 14 bits each, least significant first
            if (data.Length < 5 || data[0] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(1, 4));
            return ImageSizes.Valid((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // flags (1), reserved (3), canvas width - 1 and height - 1 in 24 bits each
            return data.Length < 10 ? null : ImageSizes.Valid(UInt24(data.Slice(4, 3)) + 1, UInt24(data.Slice(7, 3)) + 1);
        }

        return null;
    }

    private static uint UInt24(ReadOnlySpan<byte> bytes) => (uint)(bytes[0] | (bytes[1] << 8) | (bytes[2] << 16));
}
