;; The onnx-planes plane transforms in WebAssembly SIMD. Splitting and merging planes is the only per-element work the
;; codec does in JavaScript's place; in SIMD it runs at memory speed, and unlike JIT-compiled loops it is fast from a
;; worker's first block on.
;;
;; This text is the source. scripts/assemble-wasm.mjs assembles it (wabt, a devDependency) into simd-wasm.ts, which is
;; committed; the build and test/codec-kernel.test.ts fail when the two disagree.
;;
;; The bit layout is the one docs/FORMAT.md documents. For 32-bit floats the high 16 bits h = s e7..e0 m22..m16 become
;;   plane 0 = (h >> 4) & 0xff                                (e4..e0 m22..m20)
;;   plane 1 = ((h >> 7) & 0xe0) | ((h & 15) << 1) | h >> 15  (e7..e5 m19..m16 s)
;; and the low 16 bits are planes 2 and 3 as they are (plane 2 the high byte). bfloat16 is exactly such a high half.
;; float16 (h = s e4..e0 m9..m0) becomes
;;   plane 0 = (h >> 7) & 0xff                                (e4..e0 m9..m7)
;;   plane 1 = ((h & 127) << 1) | h >> 15                     (m6..m0 s)
;;
;; Every function takes byte offsets into `memory` and an element count n, and has the same two loops: a SIMD body
;; over 16 elements at a time while at least 16 are left, then a scalar tail for the rest. Pointers need no alignment.
;; Elements are little-endian.
(module
  (memory (export "memory") 1)

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; float32: four planes a, b, c, d (plane 0 to 3) <-> out, n elements of 4 bytes.

  (func (export "merge32")
    (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $out i32) (param $n i32)
    (local $i i32) (local $x i32) (local $y i32)
    (local $va v128) (local $vb v128) (local $vx v128) (local $vy v128)
    (local $hiL v128) (local $hiH v128) (local $lo v128)
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $va (v128.load align=1 (i32.add (local.get $a) (local.get $i))))
        (local.set $vb (v128.load align=1 (i32.add (local.get $b) (local.get $i))))
        ;; High halves of elements 0-7 and 8-15, from plane bytes x (plane 0) and y (plane 1) widened to 16 bits:
        ;; h = ((y & 1) << 15) | ((y & 0xe0) << 7) | (x << 4) | ((y >> 1) & 15)
        (local.set $vx (i16x8.extend_low_i8x16_u (local.get $va)))
        (local.set $vy (i16x8.extend_low_i8x16_u (local.get $vb)))
        (local.set $hiL
          (v128.or
            (v128.or
              (v128.or
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 1 1 1 1 1 1 1 1)) (i32.const 15))
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0)) (i32.const 7)))
              (i16x8.shl (local.get $vx) (i32.const 4)))
            (v128.and (i16x8.shr_u (local.get $vy) (i32.const 1)) (v128.const i16x8 15 15 15 15 15 15 15 15))))
        (local.set $vx (i16x8.extend_high_i8x16_u (local.get $va)))
        (local.set $vy (i16x8.extend_high_i8x16_u (local.get $vb)))
        (local.set $hiH
          (v128.or
            (v128.or
              (v128.or
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 1 1 1 1 1 1 1 1)) (i32.const 15))
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0)) (i32.const 7)))
              (i16x8.shl (local.get $vx) (i32.const 4)))
            (v128.and (i16x8.shr_u (local.get $vy) (i32.const 1)) (v128.const i16x8 15 15 15 15 15 15 15 15))))
        ;; Low halves d | c << 8 of elements 0-7 (bytes d0 c0 d1 c1 ...), then each element is its low half followed by
        ;; its high half: four elements per store.
        (local.set $lo
          (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
            (v128.load align=1 (i32.add (local.get $d) (local.get $i)))
            (v128.load align=1 (i32.add (local.get $c) (local.get $i)))))
        (v128.store offset=0 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23 (local.get $lo) (local.get $hiL)))
        (v128.store offset=16 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31 (local.get $lo) (local.get $hiL)))
        ;; The same for elements 8-15.
        (local.set $lo
          (i8x16.shuffle 8 24 9 25 10 26 11 27 12 28 13 29 14 30 15 31
            (v128.load align=1 (i32.add (local.get $d) (local.get $i)))
            (v128.load align=1 (i32.add (local.get $c) (local.get $i)))))
        (v128.store offset=32 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23 (local.get $lo) (local.get $hiH)))
        (v128.store offset=48 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31 (local.get $lo) (local.get $hiH)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
        (local.set $x (i32.load8_u (i32.add (local.get $a) (local.get $i))))
        (local.set $y (i32.load8_u (i32.add (local.get $b) (local.get $i))))
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (i32.or
            (i32.or
              (i32.shl
                (i32.or
                  (i32.or
                    (i32.or
                      (i32.shl (i32.and (local.get $y) (i32.const 1)) (i32.const 15))
                      (i32.shl (i32.and (local.get $y) (i32.const 0xe0)) (i32.const 7)))
                    (i32.shl (local.get $x) (i32.const 4)))
                  (i32.and (i32.shr_u (local.get $y) (i32.const 1)) (i32.const 15)))
                (i32.const 16))
              (i32.shl (i32.load8_u (i32.add (local.get $c) (local.get $i))) (i32.const 8)))
            (i32.load8_u (i32.add (local.get $d) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  (func (export "split32")
    (param $src i32) (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $n i32)
    (local $i i32) (local $h i32) (local $v i32)
    (local $lo v128) (local $hi v128) (local $loH v128) (local $hiH v128)
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        ;; Low and high halves of elements 0-7, then of elements 8-15, as eight 16-bit lanes each.
        (local.set $lo
          (i8x16.shuffle 0 1 4 5 8 9 12 13 16 17 20 21 24 25 28 29
            (v128.load offset=0 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))
            (v128.load offset=16 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $hi
          (i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31
            (v128.load offset=0 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))
            (v128.load offset=16 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $loH
          (i8x16.shuffle 0 1 4 5 8 9 12 13 16 17 20 21 24 25 28 29
            (v128.load offset=32 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))
            (v128.load offset=48 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $hiH
          (i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31
            (v128.load offset=32 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))
            (v128.load offset=48 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))))
        ;; Plane 3: the low bytes of the low halves; plane 2: their high bytes.
        (v128.store align=1 (i32.add (local.get $d) (local.get $i))
          (i8x16.shuffle 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30 (local.get $lo) (local.get $loH)))
        (v128.store align=1 (i32.add (local.get $c) (local.get $i))
          (i8x16.shuffle 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 31 (local.get $lo) (local.get $loH)))
        ;; Plane 0: (h >> 4) & 0xff of each high half, narrowed to bytes.
        (v128.store align=1 (i32.add (local.get $a) (local.get $i))
          (i8x16.narrow_i16x8_u
            (v128.and (i16x8.shr_u (local.get $hi) (i32.const 4)) (v128.const i16x8 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff))
            (v128.and (i16x8.shr_u (local.get $hiH) (i32.const 4)) (v128.const i16x8 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff))))
        ;; Plane 1: ((h >> 7) & 0xe0) | ((h & 15) << 1) | h >> 15.
        (v128.store align=1 (i32.add (local.get $b) (local.get $i))
          (i8x16.narrow_i16x8_u
            (v128.or
              (v128.or
                (v128.and (i16x8.shr_u (local.get $hi) (i32.const 7)) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0))
                (i16x8.shl (v128.and (local.get $hi) (v128.const i16x8 15 15 15 15 15 15 15 15)) (i32.const 1)))
              (i16x8.shr_u (local.get $hi) (i32.const 15)))
            (v128.or
              (v128.or
                (v128.and (i16x8.shr_u (local.get $hiH) (i32.const 7)) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0))
                (i16x8.shl (v128.and (local.get $hiH) (v128.const i16x8 15 15 15 15 15 15 15 15)) (i32.const 1)))
              (i16x8.shr_u (local.get $hiH) (i32.const 15)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
        (local.set $v (i32.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $h (i32.shr_u (local.get $v) (i32.const 16)))
        (i32.store8 (i32.add (local.get $a) (local.get $i))
          (i32.and (i32.shr_u (local.get $h) (i32.const 4)) (i32.const 0xff)))
        (i32.store8 (i32.add (local.get $b) (local.get $i))
          (i32.or
            (i32.or
              (i32.and (i32.shr_u (local.get $h) (i32.const 7)) (i32.const 0xe0))
              (i32.shl (i32.and (local.get $h) (i32.const 15)) (i32.const 1)))
            (i32.shr_u (local.get $h) (i32.const 15))))
        (i32.store8 (i32.add (local.get $c) (local.get $i)) (i32.shr_u (local.get $v) (i32.const 8)))
        (i32.store8 (i32.add (local.get $d) (local.get $i)) (local.get $v))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; bfloat16: two planes a, b <-> out, n elements of 2 bytes; the same transform as a float32's high half.

  (func (export "mergeBf16")
    (param $a i32) (param $b i32) (param $out i32) (param $n i32)
    (local $i i32) (local $x i32) (local $y i32)
    (local $va v128) (local $vb v128) (local $vx v128) (local $vy v128)
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $va (v128.load align=1 (i32.add (local.get $a) (local.get $i))))
        (local.set $vb (v128.load align=1 (i32.add (local.get $b) (local.get $i))))
        ;; Elements 0-7: h = ((y & 1) << 15) | ((y & 0xe0) << 7) | (x << 4) | ((y >> 1) & 15)
        (local.set $vx (i16x8.extend_low_i8x16_u (local.get $va)))
        (local.set $vy (i16x8.extend_low_i8x16_u (local.get $vb)))
        (v128.store offset=0 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 1)))
          (v128.or
            (v128.or
              (v128.or
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 1 1 1 1 1 1 1 1)) (i32.const 15))
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0)) (i32.const 7)))
              (i16x8.shl (local.get $vx) (i32.const 4)))
            (v128.and (i16x8.shr_u (local.get $vy) (i32.const 1)) (v128.const i16x8 15 15 15 15 15 15 15 15))))
        ;; Elements 8-15.
        (local.set $vx (i16x8.extend_high_i8x16_u (local.get $va)))
        (local.set $vy (i16x8.extend_high_i8x16_u (local.get $vb)))
        (v128.store offset=16 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 1)))
          (v128.or
            (v128.or
              (v128.or
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 1 1 1 1 1 1 1 1)) (i32.const 15))
                (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0)) (i32.const 7)))
              (i16x8.shl (local.get $vx) (i32.const 4)))
            (v128.and (i16x8.shr_u (local.get $vy) (i32.const 1)) (v128.const i16x8 15 15 15 15 15 15 15 15))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
        (local.set $x (i32.load8_u (i32.add (local.get $a) (local.get $i))))
        (local.set $y (i32.load8_u (i32.add (local.get $b) (local.get $i))))
        (i32.store16 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 1)))
          (i32.or
            (i32.or
              (i32.or
                (i32.shl (i32.and (local.get $y) (i32.const 1)) (i32.const 15))
                (i32.shl (i32.and (local.get $y) (i32.const 0xe0)) (i32.const 7)))
              (i32.shl (local.get $x) (i32.const 4)))
            (i32.and (i32.shr_u (local.get $y) (i32.const 1)) (i32.const 15))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  (func (export "splitBf16")
    (param $src i32) (param $a i32) (param $b i32) (param $n i32)
    (local $i i32) (local $h i32)
    (local $h0 v128) (local $h1 v128)
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $h0 (v128.load offset=0 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 1)))))
        (local.set $h1 (v128.load offset=16 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 1)))))
        ;; Plane 0: (h >> 4) & 0xff.
        (v128.store align=1 (i32.add (local.get $a) (local.get $i))
          (i8x16.narrow_i16x8_u
            (v128.and (i16x8.shr_u (local.get $h0) (i32.const 4)) (v128.const i16x8 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff))
            (v128.and (i16x8.shr_u (local.get $h1) (i32.const 4)) (v128.const i16x8 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff))))
        ;; Plane 1: ((h >> 7) & 0xe0) | ((h & 15) << 1) | h >> 15.
        (v128.store align=1 (i32.add (local.get $b) (local.get $i))
          (i8x16.narrow_i16x8_u
            (v128.or
              (v128.or
                (v128.and (i16x8.shr_u (local.get $h0) (i32.const 7)) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0))
                (i16x8.shl (v128.and (local.get $h0) (v128.const i16x8 15 15 15 15 15 15 15 15)) (i32.const 1)))
              (i16x8.shr_u (local.get $h0) (i32.const 15)))
            (v128.or
              (v128.or
                (v128.and (i16x8.shr_u (local.get $h1) (i32.const 7)) (v128.const i16x8 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0 0xe0))
                (i16x8.shl (v128.and (local.get $h1) (v128.const i16x8 15 15 15 15 15 15 15 15)) (i32.const 1)))
              (i16x8.shr_u (local.get $h1) (i32.const 15)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
        (local.set $h (i32.load16_u (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 1)))))
        (i32.store8 (i32.add (local.get $a) (local.get $i))
          (i32.and (i32.shr_u (local.get $h) (i32.const 4)) (i32.const 0xff)))
        (i32.store8 (i32.add (local.get $b) (local.get $i))
          (i32.or
            (i32.or
              (i32.and (i32.shr_u (local.get $h) (i32.const 7)) (i32.const 0xe0))
              (i32.shl (i32.and (local.get $h) (i32.const 15)) (i32.const 1)))
            (i32.shr_u (local.get $h) (i32.const 15))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; float16: two planes a, b <-> out, n elements of 2 bytes.

  (func (export "mergeF16")
    (param $a i32) (param $b i32) (param $out i32) (param $n i32)
    (local $i i32) (local $x i32) (local $y i32)
    (local $va v128) (local $vb v128) (local $vx v128) (local $vy v128)
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $va (v128.load align=1 (i32.add (local.get $a) (local.get $i))))
        (local.set $vb (v128.load align=1 (i32.add (local.get $b) (local.get $i))))
        ;; Elements 0-7: h = ((y & 1) << 15) | (x << 7) | (y >> 1)
        (local.set $vx (i16x8.extend_low_i8x16_u (local.get $va)))
        (local.set $vy (i16x8.extend_low_i8x16_u (local.get $vb)))
        (v128.store offset=0 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 1)))
          (v128.or
            (v128.or
              (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 1 1 1 1 1 1 1 1)) (i32.const 15))
              (i16x8.shl (local.get $vx) (i32.const 7)))
            (i16x8.shr_u (local.get $vy) (i32.const 1))))
        ;; Elements 8-15.
        (local.set $vx (i16x8.extend_high_i8x16_u (local.get $va)))
        (local.set $vy (i16x8.extend_high_i8x16_u (local.get $vb)))
        (v128.store offset=16 align=1 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 1)))
          (v128.or
            (v128.or
              (i16x8.shl (v128.and (local.get $vy) (v128.const i16x8 1 1 1 1 1 1 1 1)) (i32.const 15))
              (i16x8.shl (local.get $vx) (i32.const 7)))
            (i16x8.shr_u (local.get $vy) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
        (local.set $x (i32.load8_u (i32.add (local.get $a) (local.get $i))))
        (local.set $y (i32.load8_u (i32.add (local.get $b) (local.get $i))))
        (i32.store16 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 1)))
          (i32.or
            (i32.or
              (i32.shl (i32.and (local.get $y) (i32.const 1)) (i32.const 15))
              (i32.shl (local.get $x) (i32.const 7)))
            (i32.shr_u (local.get $y) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  (func (export "splitF16")
    (param $src i32) (param $a i32) (param $b i32) (param $n i32)
    (local $i i32) (local $h i32)
    (local $h0 v128) (local $h1 v128)
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
        (local.set $h0 (v128.load offset=0 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 1)))))
        (local.set $h1 (v128.load offset=16 align=1 (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 1)))))
        ;; Plane 0: (h >> 7) & 0xff.
        (v128.store align=1 (i32.add (local.get $a) (local.get $i))
          (i8x16.narrow_i16x8_u
            (v128.and (i16x8.shr_u (local.get $h0) (i32.const 7)) (v128.const i16x8 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff))
            (v128.and (i16x8.shr_u (local.get $h1) (i32.const 7)) (v128.const i16x8 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff))))
        ;; Plane 1: ((h & 127) << 1) | h >> 15.
        (v128.store align=1 (i32.add (local.get $b) (local.get $i))
          (i8x16.narrow_i16x8_u
            (v128.or
              (i16x8.shl (v128.and (local.get $h0) (v128.const i16x8 127 127 127 127 127 127 127 127)) (i32.const 1))
              (i16x8.shr_u (local.get $h0) (i32.const 15)))
            (v128.or
              (i16x8.shl (v128.and (local.get $h1) (v128.const i16x8 127 127 127 127 127 127 127 127)) (i32.const 1))
              (i16x8.shr_u (local.get $h1) (i32.const 15)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
        (local.set $h (i32.load16_u (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 1)))))
        ;; store8 keeps the low byte: (h >> 7) & 0xff.
        (i32.store8 (i32.add (local.get $a) (local.get $i)) (i32.shr_u (local.get $h) (i32.const 7)))
        (i32.store8 (i32.add (local.get $b) (local.get $i))
          (i32.or
            (i32.shl (i32.and (local.get $h) (i32.const 127)) (i32.const 1))
            (i32.shr_u (local.get $h) (i32.const 15))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))))
