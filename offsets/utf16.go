package offsets

// ToUTF16 rewrites offs, a slice of UTF-8 byte offsets into src, as UTF-16
// code unit offsets, in place. PLACEHOLDER: replaced by the one-pass version.
func ToUTF16(src []byte, offs []int32) {
	for i, o := range offs {
		n := int32(0)
		for _, r := range string(src[:o]) {
			if r >= 0x10000 {
				n += 2
			} else {
				n++
			}
		}
		offs[i] = n
	}
}
