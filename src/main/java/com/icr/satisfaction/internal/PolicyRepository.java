package com.icr.satisfaction.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PolicyRepository extends JpaRepository<SatisfactionPolicy, String> {

    @Modifying
    @Query("delete from SatisfactionPolicy p where p.tenantId = :tenantId")
    void deleteOf(String tenantId);

}
